package org.coalitiongraph.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A joint statement, letter, resolution or roll call. {@code declaredSignatoryCount} is the number
 * the source states ("more than 40 states": 40 with {@code declaredCountIsLowerBound}); {@code listComplete}
 * says whether the recorded signatures are the whole list.
 */
@Node("Statement")
public final class Statement {

    @Id
    private final String id;
    private final String title;
    private final LocalDate date;
    private final StatementKind kind;
    private final Integer declaredSignatoryCount;
    private final Boolean declaredCountIsLowerBound;
    private final Boolean listComplete;
    private final String symbol;
    private final String text;
    private final String url;
    private final String notes;
    // Node properties cannot hold maps: the marker legend is stored as two parallel lists.
    private final List<String> markerSymbols;
    private final List<String> markerMeanings;

    public Statement(String id, String title, LocalDate date, StatementKind kind, Integer declaredSignatoryCount,
            Boolean declaredCountIsLowerBound, Boolean listComplete, String symbol, String text, String url,
            String notes, List<String> markerSymbols, List<String> markerMeanings) {
        this.id = id;
        this.title = title;
        this.date = date;
        this.kind = kind;
        this.declaredSignatoryCount = declaredSignatoryCount;
        this.declaredCountIsLowerBound = declaredCountIsLowerBound;
        this.listComplete = listComplete;
        this.symbol = symbol;
        this.text = text;
        this.url = url;
        this.notes = notes;
        this.markerSymbols = markerSymbols == null ? List.of() : List.copyOf(markerSymbols);
        this.markerMeanings = markerMeanings == null ? List.of() : List.copyOf(markerMeanings);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public StatementKind getKind() {
        return kind;
    }

    public Integer getDeclaredSignatoryCount() {
        return declaredSignatoryCount;
    }

    public Boolean getDeclaredCountIsLowerBound() {
        return declaredCountIsLowerBound;
    }

    public Boolean getListComplete() {
        return listComplete;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }

    public String getNotes() {
        return notes;
    }

    public List<String> getMarkerSymbols() {
        return markerSymbols;
    }

    public List<String> getMarkerMeanings() {
        return markerMeanings;
    }

    public List<Marker> getMarkers() {
        return IntStream.range(0, Math.min(markerSymbols.size(), markerMeanings.size()))
                .mapToObj(i -> new Marker(markerSymbols.get(i), markerMeanings.get(i)))
                .toList();
    }
}
