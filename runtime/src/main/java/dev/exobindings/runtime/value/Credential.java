package dev.exobindings.runtime.value;

import java.util.Objects;

/**
 * A {@code PSCredential}: user name plus {@link Secret} password. Encrypted by the runtime before it is sent.
 *
 * @param userName the user name
 * @param password the password
 */
public record Credential(String userName, Secret password) {
    public Credential {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
    }

    public static Credential of(String userName, Secret password) {
        return new Credential(userName, password);
    }

    @Override
    public String toString() {
        return "Credential[userName=" + userName + ", password=<redacted>]";
    }
}
