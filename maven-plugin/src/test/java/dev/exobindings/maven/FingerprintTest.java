package dev.exobindings.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final byte[] SNAPSHOT = "{\"header\":{}}".getBytes(StandardCharsets.UTF_8);
    private static final String BASE = Fingerprint.of(SNAPSHOT, "com.example", List.of("Get-*"), List.of(), "1.0");

    @Test
    void sameInputsGiveTheSameFingerprint() {
        assertEquals(BASE, Fingerprint.of(SNAPSHOT.clone(), "com.example", List.of("Get-*"), List.of(), "1.0"));
        assertEquals(64, BASE.length());
    }

    @Test
    void everyInputChangesIt() {
        byte[] edited = "{\"header\":{ }}".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(BASE, Fingerprint.of(edited, "com.example", List.of("Get-*"), List.of(), "1.0"));
        assertNotEquals(BASE, Fingerprint.of(SNAPSHOT, "com.example.x", List.of("Get-*"), List.of(), "1.0"));
        assertNotEquals(BASE, Fingerprint.of(SNAPSHOT, "com.example", List.of("Set-*"), List.of(), "1.0"));
        assertNotEquals(BASE, Fingerprint.of(SNAPSHOT, "com.example", List.of("Get-*"), List.of("Get-X"), "1.0"));
        assertNotEquals(BASE, Fingerprint.of(SNAPSHOT, "com.example", List.of("Get-*"), List.of(), "1.1"));
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        // an include moved to the excludes is a different configuration
        assertNotEquals(Fingerprint.of(SNAPSHOT, "p", List.of("A-*"), List.of(), "v"),
                Fingerprint.of(SNAPSHOT, "p", List.of(), List.of("A-*"), "v"));
    }

    @Test
    void sha256HexOfKnownInput() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Fingerprint.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
