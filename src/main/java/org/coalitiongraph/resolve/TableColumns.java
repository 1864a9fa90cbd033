package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's header row and the column of names under it: "Organisation, Country, Type" gives its
 * names in the first column, the rest says where and what they are, or whether the name signed
 * ("Signed", "Status": "Yes", "Withdrawn"). Only headers whose every other column is known are read
 * so, and only rows whose other cells fit their columns: a date under "Date joined", a code under
 * "ISO", a yes or a no under "Signed". Any other row is read as it is, so nothing in it is lost.
 *
 * @param kinds what each column holds
 * @param names the column of names
 */
record TableColumns(List<Kind> kinds, int names) {

    enum Kind {
        /** "Name": of an organisation, or of a person where a column of affiliations follows. */
        NAME, ORGANISATION, AFFILIATION, STATE, DATE, CODE, TYPE, ABOUT,
        /** Whether the name signed: "Signed", "Joined", "Status". */
        STATUS,
        /** A column no header word names ("I confirm we endorse this letter"): one at most, beside a column of names. */
        OTHER
    }

    /** "Individual" in a column of types: a person signing in their own name. */
    private static final Pattern PERSON_TYPE = Pattern.compile("(?i)^(?:individual|person|individual signatory)$");

    private static final Pattern NAME_HEADER = Pattern.compile("(?i)^(?:names?|full\\s+name|your\\s+(?:full\\s+)?name|signator(?:y|ies))$");
    private static final Pattern ORGANISATION_HEADER = Pattern.compile(
            "(?i)^(?:(?:your\\s+)?organi[sz]ations?(?:\\s+name)?|name\\s+of\\s+(?:(?:the|your)\\s+)?organi[sz]ation)$");
    /** "N/A", "none - signing as individual", "-": a form's organisation left out, by a person who signs in their own name. */
    private static final Pattern NO_ORGANISATION = Pattern.compile(
            "(?i)^(?:n/?a|none|none\\s*[-–—(,:].*|nil|[-–—]+|individual(?:ly)?|independent|self|no\\s+organi[sz]ation\\b.*"
                    + "|not\\s+applicable|(?:in\\s+(?:a\\s+)?)?personal\\s+capacity|signing\\s+as\\s+(?:an\\s+)?individual)$");
    /** "Organisation (if signing on behalf of one)", "Country (optional)": a form's note on its question. */
    private static final Pattern HEADER_NOTE = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern AFFILIATION_HEADER = Pattern.compile("(?i)^(?:affiliations?|institutions?|titles?|positions?)$");
    private static final Pattern TYPE_HEADER = Pattern.compile("(?i)^(?:(?:type|category)(?:\\s+of\\s+(?:signatory|signature|organi[sz]ation))?"
            + "|signing\\s+as|signs\\s+as|capacity)$");
    private static final Pattern STATE_HEADER = Pattern.compile("(?i)^(?:countr(?:y|ies)|(?:member\\s+)?states?|participants?|based\\s+in"
            + "|headquarters|country\\s+of\\s+(?:origin|registration|operation))$");
    private static final Pattern DATE_HEADER = Pattern.compile("(?i)^(?:date(?:\\s+(?:joined|signed|of\\s+signature))?)$");
    private static final Pattern CODE_HEADER = Pattern.compile("(?i)^(?:iso\\s?[23]?|code)$");
    private static final Pattern ABOUT_HEADER = Pattern.compile(
            "(?i)^(?:sector|city|location|(?:regional\\s+)?group|region|website|web|url|logo|no\\.?|#|timestamp|(?:contact\\s+)?e-?mail(?:\\s+address)?"
                    + "|contact(?:\\s+(?:person|name))?|phone|telephone|(?:ecosoc|consultative)(?:\\s+status)?|signed\\s+by|representative)$");
    private static final Pattern STATUS_HEADER = Pattern.compile(
            "(?i)^(?:signed|joined|endorsed|supports?|supported|co-?sponsor(?:ed)?|sponsor(?:ed)?|status|signature|endorsement)\\??$");
    /** A status that says the name signed; a date says when. */
    private static final Pattern SIGNED_CELL = Pattern.compile(
            "(?i)^(?:yes|y|x|true|signed|joined|endorsed|supports?|supported|co-?sponsor(?:ed)?|sponsor(?:ed)?|confirmed"
                    + "|[\u2713\u2714\u2611\u2705])$");
    /** A status that says the name did not sign, or not yet: it is no signatory of this list. */
    private static final Pattern NOT_SIGNED_CELL = Pattern.compile(
            "(?i)^(?:no|n|false|withdrawn|declined|pending|not\\s+(?:signed|yet|joined)|did\\s+not\\s+sign|refused|rejected"
                    + "|[-\u2013\u2014\u2717\u2718\u274c\u2610])$");
    /** A form's question as a column's header: a few words, no address, no number. */
    private static final Pattern QUESTION = Pattern.compile("^\\p{L}[\\p{L}'\u2019?]*(?:\\s+[\\p{L}'\u2019?]+){0,9}$");
    private static final Pattern DATE_CELL = Pattern.compile("(?i)^(?:\\d{1,4}[-/. ]\\d{1,2}[-/. ]\\d{1,4}|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{2,4}"
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4})(?:\\s+\\p{L}{1,2})?$");
    private static final Pattern CODE_CELL = Pattern.compile("^[A-Z]{2,3}$");

    /** The columns of a header row, or null when it is not read for a column of names. */
    static TableColumns of(List<String> header) {
        if (header.size() < 2) {
            return null;
        }
        var kinds = new ArrayList<Kind>();
        int others = 0;
        for (var cell : header) {
            var noted = unquoted(cell);
            var text = HEADER_NOTE.matcher(noted).replaceFirst("");
            text = text.isEmpty() ? noted : text;
            var kind = NAME_HEADER.matcher(text).matches() ? Kind.NAME
                    : ORGANISATION_HEADER.matcher(text).matches() ? Kind.ORGANISATION
                    : AFFILIATION_HEADER.matcher(text).matches() ? Kind.AFFILIATION
                    : TYPE_HEADER.matcher(text).matches() ? Kind.TYPE
                    : STATE_HEADER.matcher(text).matches() ? Kind.STATE
                    : DATE_HEADER.matcher(text).matches() ? Kind.DATE
                    : CODE_HEADER.matcher(text).matches() ? Kind.CODE
                    : STATUS_HEADER.matcher(text).matches() ? Kind.STATUS
                    : text.isEmpty() || ABOUT_HEADER.matcher(text).matches() ? Kind.ABOUT : null;
            if (kind == null) {
                others++;
                if (others > 1 || header.size() < 3 || !QUESTION.matcher(text).matches()) {
                    return null;
                }
            }
            kinds.add(kind == null ? Kind.OTHER : kind);
        }
        // Organisations sign ("Name, Organisation, Country": the contact's name is no signatory); names beside affiliations are
        // people; a country beside either is where they are.
        int names = kinds.indexOf(Kind.ORGANISATION) >= 0 ? kinds.indexOf(Kind.ORGANISATION) : kinds.indexOf(Kind.NAME);
        if (others > 0 && names < 0) {
            return null;
        }
        if (names < 0) {
            names = kinds.indexOf(Kind.STATE);
            if (names < 0 || kinds.lastIndexOf(Kind.STATE) != names) {
                return null;
            }
        }
        return new TableColumns(List.copyOf(kinds), names);
    }

    /**
     * A spreadsheet's row as its tab-separated cells, commas and all ("Coalition for Peace, Justice and Human Rights"),
     * when they are as many as the columns; null otherwise, for the row to be read as other lines are.
     */
    List<String> tabCells(String printed) {
        if (printed.indexOf('\t') < 0) {
            return null;
        }
        var cells = withoutEmptyCellsAfterTheLast(List.of(printed.replaceAll("^ +|[ \r]+$", "").split("\t", -1)));
        return cells.size() == kinds.size() ? cells.stream().map(String::strip).toList() : null;
    }

    /** Whether the rows are people: a column of names beside one of affiliations ("Name, Affiliation, Country"). */
    boolean ofPeople() {
        return kinds.get(names) == Kind.NAME && kinds.contains(Kind.AFFILIATION);
    }

    /** Whether the row's type says it is a person ("Teng Biao, Individual"), or it leaves its organisation out ("Li Wen, N/A"). */
    boolean person(List<String> row) {
        int type = kinds.indexOf(Kind.TYPE);
        return type >= 0 && row.size() == kinds.size() && PERSON_TYPE.matcher(unquoted(row.get(type))).matches()
                || signerWithoutOrganisation(row) >= 0;
    }

    /**
     * Where a form asks for the signer's name and organisation, the column of the signer's name when the row leaves its
     * organisation out: the person signs. Otherwise -1.
     */
    private int signerWithoutOrganisation(List<String> row) {
        row = withoutEmptyCellsAfterTheLast(row);
        int signer = kinds.indexOf(Kind.NAME);
        boolean fits = row.size() == kinds.size() && kinds.get(names) == Kind.ORGANISATION && signer >= 0;
        return fits && NO_ORGANISATION.matcher(unquoted(row.get(names))).matches() ? signer : -1;
    }

    /** The row's name, or the row as it is when its cells do not fit the columns. */
    List<String> names(List<String> row) {
        int signer = signerWithoutOrganisation(row);
        if (signer >= 0) {
            return List.of(row.get(signer));
        }
        row = withoutEmptyCellsAfterTheLast(row);
        int nameCells = nameCells(row);
        return nameCells < 0 ? row : List.of(String.join(",", row.subList(names, names + nameCells)));
    }

    /**
     * Whether the row's status says its name did not sign ("Mexico, No" under "Country, Signed"; "Brazil, Withdrawn"), or
     * leaves its cell empty where other rows say yes: the table lists who was asked, not only who signed.
     *
     * @param emptyIsNo whether some row of the table says yes in a status column
     */
    boolean notSigned(List<String> row, boolean emptyIsNo) {
        row = withoutEmptyCellsAfterTheLast(row);
        int nameCells = nameCells(row);
        if (nameCells < 0) {
            return false;
        }
        for (int i = 0; i < kinds.size(); i++) {
            int at = i < names ? i : i + nameCells - 1;
            // A row without the cell ("| Albania |") says nothing; an empty cell is a box left unticked.
            if (kinds.get(i) == Kind.STATUS && i != names && at < row.size()) {
                var cell = unquoted(row.get(at));
                if (cell.isEmpty() ? emptyIsNo : NOT_SIGNED_CELL.matcher(cell).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a status cell of the row says its name signed: then an empty one elsewhere in the table says it did not. */
    boolean saysSigned(List<String> row) {
        for (int i = 0; i < kinds.size() && i < row.size(); i++) {
            var cell = unquoted(row.get(i));
            if (kinds.get(i) == Kind.STATUS && !cell.isEmpty() && !NOT_SIGNED_CELL.matcher(cell).matches() && fits(Kind.STATUS, cell)) {
                return true;
            }
        }
        return false;
    }

    /** "Albania\tYes\t": a spreadsheet's copy ends its rows with a tab, which is no cell. */
    private List<String> withoutEmptyCellsAfterTheLast(List<String> row) {
        int size = row.size();
        while (size > kinds.size() && row.get(size - 1).isBlank()) {
            size--;
        }
        return size == row.size() ? row : row.subList(0, size);
    }

    /** How many cells the row's name spans, or -1 when its cells do not fit the columns. */
    private int nameCells(List<String> row) {
        int extra = row.size() - kinds.size();
        if (row.size() <= names || extra > 0 && names != 0) {
            return -1;
        }
        // A comma in an unquoted name of the first column: the cells beyond the header's count are the name's.
        int nameCells = Math.max(1, extra + 1);
        for (int i = 0; i < kinds.size(); i++) {
            int at = i < names ? i : i == names ? -1 : i + nameCells - 1;
            if (at >= 0 && at < row.size() && !fits(kinds.get(i), unquoted(row.get(at)))) {
                return -1;
            }
        }
        return nameCells;
    }

    private static boolean fits(Kind kind, String cell) {
        return cell.isEmpty() || switch (kind) {
            case DATE -> DATE_CELL.matcher(cell).matches();
            case CODE -> CODE_CELL.matcher(cell).matches();
            case STATUS -> SIGNED_CELL.matcher(cell).matches() || NOT_SIGNED_CELL.matcher(cell).matches()
                    || DATE_CELL.matcher(cell).matches();
            case ABOUT, STATE, TYPE, AFFILIATION, NAME, OTHER -> true;
            case ORGANISATION -> false;
        };
    }

    private static String unquoted(String cell) {
        return cell.strip().replaceAll("^\"|\"$", "").strip();
    }
}
