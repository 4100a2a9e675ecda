package vn.thidua.portal.workspace.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's registration as typed (đăng ký thi đua): its targets, the collective titles it aims for,
 * and the people who register with the individual title each aims for. Rows left blank are not sent.
 */
public class RegistrationForm {

    /** Enough rows for a small unit at once; a larger unit registers the rest with the office. */
    static final int PERSON_ROWS = 8;

    private String targets;
    private List<String> titles = new ArrayList<>();
    private List<Person> individuals = new ArrayList<>();

    static RegistrationForm empty() {
        RegistrationForm form = new RegistrationForm();
        form.fillRows();
        return form;
    }

    /** Keeps {@link #PERSON_ROWS} rows to type in, after a refused attempt too. */
    void fillRows() {
        while (individuals.size() < PERSON_ROWS) {
            individuals.add(new Person());
        }
    }

    /** The body of campaign-service's {@code POST /api/campaigns/{id}/registrations}. */
    Map<String, Object> toRequest(String unitId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("unitId", unitId);
        request.put("targets", targets == null ? "" : targets.strip());
        request.put("titles", titles == null ? List.of() : titles);
        List<Map<String, Object>> people = new ArrayList<>();
        for (Person person : individuals) {
            if (!person.isBlank()) {
                people.add(Map.of("name", person.name == null ? "" : person.name.strip(),
                        "titles", person.title == null || person.title.isBlank() ? List.of() : List.of(person.title)));
            }
        }
        request.put("individuals", people);
        return request;
    }

    /**
     * The form row of the service's {@code individuals[i]}: the i-th row that was not blank, which
     * is where the message belongs.
     */
    int rowOfSent(int sentIndex) {
        int sent = -1;
        for (int row = 0; row < individuals.size(); row++) {
            if (!individuals.get(row).isBlank() && ++sent == sentIndex) {
                return row;
            }
        }
        return -1;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public List<String> getTitles() {
        return titles;
    }

    public void setTitles(List<String> titles) {
        this.titles = titles == null ? new ArrayList<>() : new ArrayList<>(titles);
    }

    public List<Person> getIndividuals() {
        return individuals;
    }

    public void setIndividuals(List<Person> individuals) {
        this.individuals = individuals == null ? new ArrayList<>() : new ArrayList<>(individuals);
    }

    /** One person and the individual title they aim for. */
    public static class Person {

        private String name;
        private String title;

        boolean isBlank() {
            return (name == null || name.isBlank()) && (title == null || title.isBlank());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }
}
