-- The signed result document of a decided case, as a paper reference (the bytes are in the paper store).
CREATE TABLE case_result (
    dossier_id UUID PRIMARY KEY REFERENCES processing_case (dossier_id),
    result     JSONB NOT NULL
);
