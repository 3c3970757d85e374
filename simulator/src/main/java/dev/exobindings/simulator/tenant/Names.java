package dev.exobindings.simulator.tenant;

import java.util.List;

/** Word lists the seeded tenant draws its names from. */
final class Names {
    static final List<String> FIRST = List.of("Adele", "Alex", "Allan", "Bianca", "Brian", "Cameron", "Christie",
            "Debra", "Diego", "Emily", "Enrico", "Fatima", "Grady", "Henrietta", "Irvin", "Isaiah", "Johanna",
            "Joni", "Kenji", "Lee", "Lidia", "Lynne", "Megan", "Miriam", "Nestor", "Noah", "Olga", "Patti",
            "Pradeep", "Raul", "Sakura", "Tomas", "Vasil", "Wanjiru", "Yuki", "Zainab");
    static final List<String> LAST = List.of("Adams", "Bowen", "Brown", "Chen", "Diaz", "Ekström", "Fischer",
            "Garcia", "Gonzalez", "Holt", "Ito", "Johnson", "Khan", "Kowalski", "Larsen", "Lopez", "Martin",
            "Müller", "Nakamura", "Novak", "Okafor", "Patel", "Rossi", "Santos", "Schmidt", "Silva", "Smith",
            "Tanaka", "Vance", "Wilber", "Williams", "Zhang");
    static final List<String> DEPARTMENTS = List.of("Sales", "Marketing", "Finance", "Engineering", "Legal",
            "Operations", "Research", "Support", "HR", "Facilities");
    static final List<String> CITIES = List.of("Seattle", "London", "Berlin", "Tokyo", "Nairobi", "São Paulo",
            "Sydney", "Toronto", "Paris", "Bangalore");
    static final List<String> TITLES = List.of("Analyst", "Engineer", "Manager", "Director", "Consultant",
            "Specialist", "Administrator", "Designer");

    private Names() {
    }

    /** ASCII form of a name for aliases and addresses. */
    static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
