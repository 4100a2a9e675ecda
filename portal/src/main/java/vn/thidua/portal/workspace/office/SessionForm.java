package vn.thidua.portal.workspace.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's "schedule a council session" form, as typed: the agenda (accepted nominations
 * ticked), when and where, and the roster as rows of username and full name with one chair. Empty
 * rows are left out. award-service owns the rules (one chair, quorum, agenda of one department)
 * and its messages are shown on the form.
 */
public class SessionForm {

    /** Rows offered for the roster; a department's council is seldom larger. */
    public static final int ROSTER_ROWS = 9;

    private String title;
    private String meetingAt;
    private String place;
    private List<String> agenda = new ArrayList<>();
    private List<MemberRow> members = new ArrayList<>();
    private Integer chair;

    public SessionForm() {
        padRoster();
    }

    /** Keeps {@value #ROSTER_ROWS} rows on the form, whatever was sent back. */
    public SessionForm padRoster() {
        while (members.size() < ROSTER_ROWS) {
            members.add(new MemberRow());
        }
        return this;
    }

    /** The body of award-service's {@code POST /api/council-sessions}. */
    public Map<String, Object> toRequest() {
        List<Map<String, Object>> roster = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberRow row = members.get(i);
            if (row != null && !row.isEmpty()) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("username", strip(row.getUsername()));
                member.put("fullName", strip(row.getFullName()));
                member.put("chair", chair != null && chair == i);
                roster.add(member);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title == null || title.isBlank() ? null : title.strip());
        body.put("meetingAt", meetingAt == null || meetingAt.isBlank() ? null : withSeconds(meetingAt.strip()));
        body.put("place", strip(place));
        body.put("members", roster);
        body.put("agenda", agenda == null ? List.of() : agenda);
        return body;
    }

    /** A datetime-local field sends {@code 2026-12-01T08:30}; the service reads ISO date-times either way. */
    private static String withSeconds(String value) {
        return value.length() == 16 ? value + ":00" : value;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(String meetingAt) {
        this.meetingAt = meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<String> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<String> agenda) {
        this.agenda = agenda == null ? new ArrayList<>() : agenda;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    public Integer getChair() {
        return chair;
    }

    public void setChair(Integer chair) {
        this.chair = chair;
    }

    /** One row of the roster. */
    public static class MemberRow {

        private String username;
        private String fullName;

        public boolean isEmpty() {
            return (username == null || username.isBlank()) && (fullName == null || fullName.isBlank());
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }
    }
}
