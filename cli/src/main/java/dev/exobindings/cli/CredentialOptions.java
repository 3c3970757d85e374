package dev.exobindings.cli;

import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.auth.MsalCredentials;
import dev.exobindings.runtime.auth.StaticCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a command that calls the service signs in, mirroring the runtime's credential builders: an access token
 * ({@code StaticCredentials.token}), an application with a client secret ({@code MsalCredentials.clientSecret}) or
 * with a PKCS#12 certificate ({@code MsalCredentials.certificate}). Secrets are read from environment variables
 * only — never from the command line, where other users of the machine could read them — and never printed; the
 * options name the variables.
 */
final class CredentialOptions {
    @Option(names = "--client-id", paramLabel = "APP_ID",
            description = "Application id for app-only sign-in, with --certificate or a client secret in the"
                    + " environment. Without it: an access token from the environment.")
    String clientId;

    @Option(names = "--certificate", paramLabel = "PFX",
            description = "The application's PKCS#12 certificate (with --client-id); its password is read from"
                    + " the variable --certificate-password-env names.")
    Path certificate;

    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = "EXO_ACCESS_TOKEN",
            description = "Environment variable holding an access token. Default: ${DEFAULT-VALUE}.")
    String tokenVariable;

    @Option(names = "--secret-env", paramLabel = "VAR", defaultValue = "EXO_CLIENT_SECRET",
            description = "Environment variable holding the client secret. Default: ${DEFAULT-VALUE}.")
    String secretVariable;

    @Option(names = "--certificate-password-env", paramLabel = "VAR", defaultValue = "EXO_CERTIFICATE_PASSWORD",
            description = "Environment variable holding the certificate's password. Default: ${DEFAULT-VALUE}.")
    String passwordVariable;

    /**
     * The credentials these options describe. A missing secret is a usage error (exit 2); an unreadable
     * certificate a failure (exit 3). Messages name variables and files, never their values.
     */
    Credentials credentials(Function<String, String> environment, CommandLine commandLine) {
        if (clientId == null || clientId.isBlank()) {
            if (certificate != null) {
                throw new CommandLine.ParameterException(commandLine, "--certificate needs --client-id");
            }
            String token = environment.apply(tokenVariable);
            if (token == null || token.isBlank()) {
                throw new CommandLine.ParameterException(commandLine, "no sign-in: set the environment variable "
                        + tokenVariable + " to an access token for Exchange Online, or give --client-id with "
                        + "--certificate or a client secret in " + secretVariable);
            }
            try {
                return StaticCredentials.token(token);
            } catch (IllegalArgumentException e) {
                // the message describes the token's shape, never its text
                throw new CommandLine.ParameterException(commandLine, "the token in " + tokenVariable + ": "
                        + e.getMessage());
            }
        }
        if (certificate != null) {
            String password = environment.apply(passwordVariable);
            try (InputStream pfx = Files.newInputStream(certificate)) {
                return MsalCredentials.certificate(clientId.strip(), pfx,
                        password == null ? new char[0] : password.toCharArray());
            } catch (IOException e) {
                throw new UserError("the certificate " + certificate.toAbsolutePath().normalize() + " (--certificate) "
                        + IoReasons.of(e) + ". Fix: check the path and that the file is readable");
            }
        }
        String secret = environment.apply(secretVariable);
        if (secret == null || secret.isBlank()) {
            throw new CommandLine.ParameterException(commandLine, "--client-id is given but neither --certificate"
                    + " nor the environment variable " + secretVariable + " (the client secret) is");
        }
        return MsalCredentials.clientSecret(clientId.strip(), secret);
    }
}
