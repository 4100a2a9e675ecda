package vn.thidua.campaign.registration;

import java.util.List;

/** What a unit fills in to register: its targets, collective title codes and its people with their title codes. */
public record RegistrationForm(String unitId, String targets, List<String> titles, List<Person> individuals) {

    public RegistrationForm {
        titles = titles == null ? List.of() : List.copyOf(titles);
        individuals = individuals == null ? List.of() : List.copyOf(individuals);
    }

    /** A person and the individual title codes they aim for. */
    public record Person(String name, List<String> titles) {

        public Person {
            titles = titles == null ? List.of() : List.copyOf(titles);
        }
    }
}
