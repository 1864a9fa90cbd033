package org.coalitiongraph.prediction.signers;

import java.util.List;

import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LikelySignersController {

    private final LikelySigners likelySigners;

    LikelySignersController(LikelySigners likelySigners) {
        this.likelySigners = likelySigners;
    }

    @QueryMapping
    SignerForecast likelySigners(@Argument DraftInput draft, @Argument String forStatement, @Argument List<String> known,
            @Argument Integer first) {
        if ((draft == null) == (forStatement == null)) {
            throw new InvalidArgumentException(draft == null ? "draft" : "forStatement",
                    "give exactly one of draft and forStatement");
        }
        if (draft != null) {
            if (known != null) {
                throw new InvalidArgumentException("known", "goes with forStatement; a draft lists them in draft.signatories");
            }
            return likelySigners.forDraft(draft, first);
        }
        return likelySigners.forStatement(forStatement, known, first);
    }
}
