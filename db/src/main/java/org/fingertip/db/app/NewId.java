package org.fingertip.db.app;

/** Receives the key the database generated for an inserted row. */
final class NewId {
    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
