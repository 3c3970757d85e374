package dev.exobindings.cli;

import dev.exobindings.capture.ServiceProducts;
import dev.exobindings.runtime.cloud.Service;
import picocli.CommandLine;

/**
 * {@code --service exchange-online|security-compliance}: the service to capture, spelt as the product it serves
 * (the spelling of {@code import --product} and of snapshots).
 */
final class ServiceName implements CommandLine.ITypeConverter<Service> {
    @Override
    public Service convert(String value) {
        return ServiceProducts.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown service '" + value + "'; use one of " + ServiceProducts.spellings()));
    }
}
