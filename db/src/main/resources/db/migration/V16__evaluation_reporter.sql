-- A reporter's own evaluations, newest first (the observer's home page: 我的反映).
CREATE INDEX ix_evaluation_reporter ON evaluation (reporter, at);
