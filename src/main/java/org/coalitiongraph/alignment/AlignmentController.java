package org.coalitiongraph.alignment;

import java.util.List;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.PageSize;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AlignmentController {

    private final Alignments alignments;

    AlignmentController(Alignments alignments) {
        this.alignments = alignments;
    }

    @QueryMapping
    List<CoVoter> coVoters(@Argument String actor, @Argument AnalyticsFilter filter, @Argument Integer minShared,
            @Argument Integer first) {
        if (minShared == null || minShared < 0) {
            throw new InvalidArgumentException("minShared", "must be 0 or more, was " + minShared);
        }
        return alignments.coVoters(actor, AnalyticsFilter.orNone(filter), minShared, PageSize.require(first, "first"));
    }

    @QueryMapping
    Alignment alignment(@Argument String a, @Argument String b, @Argument AnalyticsFilter filter, @Argument Period per) {
        return alignments.between(a, b, AnalyticsFilter.orNone(filter), per == null ? Period.YEAR : per);
    }

    @QueryMapping
    List<AlignedActor> mostAligned(@Argument String actor, @Argument AnalyticsFilter filter,
            @Argument AlignmentBasis by, @Argument Integer minShared, @Argument Integer first) {
        return alignments.ranked(actor, AnalyticsFilter.orNone(filter), basis(by), minShared,
                PageSize.require(first, "first"), true);
    }

    @QueryMapping
    List<AlignedActor> leastAligned(@Argument String actor, @Argument AnalyticsFilter filter,
            @Argument AlignmentBasis by, @Argument Integer minShared, @Argument Integer first) {
        return alignments.ranked(actor, AnalyticsFilter.orNone(filter), basis(by), minShared,
                PageSize.require(first, "first"), false);
    }

    private static AlignmentBasis basis(AlignmentBasis by) {
        return by == null ? AlignmentBasis.VOTES : by;
    }
}
