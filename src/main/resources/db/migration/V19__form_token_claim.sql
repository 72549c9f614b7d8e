-- One-time form tokens (web.FormTokens): a creating POST claims its token here, in the database, so that a double
-- click is caught whichever instance or session copy serves the second request. redirect_to is where the first
-- request went (null while it runs); claims older than a day are deleted as new ones arrive.
create table form_token_claim (
    token       varchar(64)              not null primary key,
    claimed_at  timestamp with time zone not null,
    redirect_to varchar(2000)
);

create index ix_form_token_claim_claimed_at on form_token_claim (claimed_at);
