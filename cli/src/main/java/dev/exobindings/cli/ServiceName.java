package dev.exobindings.cli;

import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.runtime.cloud.Service;
import picocli.CommandLine;

/**
 * {@code --service exchange-online|security-compliance}: the service to capture, spelt as the product it serves
 * (the spelling of {@code import --product} and of snapshots).
 */
final class ServiceName implements CommandLine.ITypeConverter<Service> {
    @Override
    public Service convert(String value) {
        Product product = SnapshotSpelling.parse(Product.class, value.strip()).orElseThrow(() ->
                new CommandLine.TypeConversionException("unknown service '" + value + "'; use one of "
                        + SnapshotSpelling.allSpellings(Product.class)));
        return product == Product.SECURITY_COMPLIANCE ? Service.SECURITY_COMPLIANCE : Service.EXCHANGE_ONLINE;
    }

    /** The product whose cmdlets {@code service} serves. */
    static Product product(Service service) {
        return service == Service.SECURITY_COMPLIANCE ? Product.SECURITY_COMPLIANCE : Product.EXCHANGE_ONLINE;
    }
}
