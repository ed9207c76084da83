package org.fingertip.web.page.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.evaluation.BurdenCategory;

/** A rating as the form binds it: 1–5, the burdens ticked, a comment, and whether to stay anonymous to the owner. */
public class EvaluationFormData {
    private Integer rating;
    private List<BurdenCategory> burdens = new ArrayList<>();
    private String comment;
    private boolean anonymous;

    public Integer getRating() { return rating; }
    public void setRating(Integer v) { this.rating = v; }
    public List<BurdenCategory> getBurdens() { return burdens; }
    public void setBurdens(List<BurdenCategory> v) { this.burdens = v == null ? new ArrayList<>() : v; }
    public String getComment() { return comment; }
    public void setComment(String v) { this.comment = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { this.anonymous = v; }
}
