-- Issue 16: a trigram index, so that the board's "contains" search (search_text like '%dao tao%') reads the index
-- instead of every unit (national scale: 0.5 ms instead of 6-14 ms for the count; see performance.md). pg_trgm ships
-- with PostgreSQL (contrib) and is a trusted extension (13+), so the database owner may create it; where it is missing
-- or may not be created, the search still works by scanning the column, and the migration says so instead of failing.
do $$
begin
    create extension if not exists pg_trgm;
    create index ix_unit_search_text on unit using gin (search_text gin_trgm_ops);
exception when others then
    raise warning 'unit.search_text is not indexed (pg_trgm: %): the unit search scans the units', sqlerrm;
end
$$;
