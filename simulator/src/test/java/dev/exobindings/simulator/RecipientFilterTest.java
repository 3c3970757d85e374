package dev.exobindings.simulator;

import dev.exobindings.simulator.protocol.RecipientFilter;
import dev.exobindings.simulator.protocol.ServiceError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecipientFilterTest {
    private static final Set<String> KNOWN = Set.of("alias", "hidden", "emailaddresses", "office");
    private static final Map<String, Object> ROW = Map.of("Alias", "megan.bowen17", "Hidden", false,
            "EmailAddresses", List.of("SMTP:megan@contoso.com", "smtp:mb@contoso.onmicrosoft.com"), "Office", "Tokyo");

    private static boolean matches(String filter) {
        return RecipientFilter.parse(filter, KNOWN).test(ROW);
    }

    @Test
    void comparisonsAndLogic() {
        assertTrue(matches("Alias -eq 'MEGAN.BOWEN17'"));
        assertTrue(matches("{Alias -like 'megan*'}"));
        assertTrue(matches("Alias -like \"*bowen??\""));
        assertFalse(matches("Alias -notlike 'megan*'"));
        assertTrue(matches("Hidden -eq $false -and Office -ne 'Paris'"));
        assertTrue(matches("(Office -eq 'Paris') -or (Office -eq 'Tokyo')"));
        assertTrue(matches("-not (Office -eq 'Paris')"));
        assertTrue(matches("EmailAddresses -eq 'smtp:mb@contoso.onmicrosoft.com'"), "any element of a multivalue");
    }

    @Test
    void errorsNameTheProblem() {
        ServiceError unknown = assertThrows(ServiceError.class, () -> matches("Colour -eq 'red'"));
        assertEquals(400, unknown.response().status());
        assertTrue(unknown.response().json().toString().contains("Colour"));
        assertThrows(ServiceError.class, () -> matches("Alias -gt 'a'"));
        assertThrows(ServiceError.class, () -> matches("(Alias -eq 'a'"));
        assertThrows(ServiceError.class, () -> matches("Alias -eq"));
        ServiceError unclosed = assertThrows(ServiceError.class, () -> matches("Alias -eq 'megan"));
        assertTrue(unclosed.response().json().toString().contains("not closed"));
    }
}
