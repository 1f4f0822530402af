-- A search for a common word re-reads the folded document of most examples; lz4 decompresses several
-- times faster than the default pglz. Builds without lz4 (the embedded database) keep the default.
DO $$
BEGIN
  ALTER TABLE nominations ALTER COLUMN search_document SET COMPRESSION lz4;
  ALTER TABLE nominations ALTER COLUMN story SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR undefined_object THEN
  NULL;
END;
$$;
