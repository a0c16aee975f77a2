// Generated from GET /api/docs-json by openapi-typescript: do not edit; run `npm run openapi -w @frontstage/api`.

export type JsonValue = (string | number | boolean | null) | JsonValue[] | {
    [key: string]: JsonValue;
};
export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: a username and password for a bearer token and a session cookie
         * @description The session rides in the HttpOnly cookie `frontstage_session` (SameSite=Strict, path /api/auth, Secure over TLS).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new bearer token for the session cookie
         * @description The session rides in the HttpOnly cookie `frontstage_session` (SameSite=Strict, path /api/auth, Secure over TLS). Answers 401 when there is none, or it expired or was signed out.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: end the session the cookie names
         * @description The session rides in the HttpOnly cookie `frontstage_session` (SameSite=Strict, path /api/auth, Secure over TLS).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live ticket changes the caller may see, as server-sent events
         * @description Events `ready`, `ticket.created` and `ticket.updated` (data: a TicketChange, only of the caller’s sites) and `ping` every 25 s. The token may come as `?access_token=` for EventSource.
         */
        get: operations["streamTicketChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log; page on with cursor (or afterSeq) */
        get: operations["searchAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered audit entries as CSV or JSON */
        get: operations["exportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain and name the first broken entry */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blueprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every blueprint with a draft or a published version */
        get: operations["listBlueprints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blueprints/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate and compile a blueprint without saving it
         * @description Any JSON is taken: the report says what is wrong with it.
         */
        post: operations["validateBlueprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blueprints/{key}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft of a blueprint, with its diagnostics */
        get: operations["getBlueprintDraft"];
        /** Save the draft of a blueprint */
        put: operations["saveBlueprintDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blueprints/{key}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft as the next immutable version
         * @description The body (optional for older clients) carries the change note: what this version changes and why, shown in the versions list and kept in the audit entry.
         */
        post: operations["publishBlueprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blueprints/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published versions of a blueprint, newest first */
        get: operations["listBlueprintVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blueprints/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published version with its compiled machine and rules */
        get: operations["getBlueprintVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The classification ruleset in force */
        get: operations["getRules"];
        /** Publish a ruleset as the next version */
        put: operations["publishRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a ruleset as the next version, with a change note
         * @description The note says what this version changes and why; it is shown in the versions list and kept in the audit entry.
         */
        post: operations["publishRulesWithNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published versions of the ruleset, newest first */
        get: operations["listRulesVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published version of the ruleset */
        get: operations["getRulesVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a draft ruleset without publishing it */
        post: operations["validateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Classify facts with the ruleset in force (or a draft), with the explanation */
        post: operations["evaluateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The labels of the published blueprints and ruleset by code: events, steps, roles, teams, facts, values */
        get: operations["getVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tickets the caller may see, filtered and sorted */
        get: operations["listTickets"];
        put?: never;
        /** Take in a request: classify its facts and open a routed ticket */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/derived-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview the facts intake derives: recent complaints, inside a home, location
         * @description Takes the body of `POST /api/tickets`. `previousComplaints` counts the complaint tickets (the blueprint the site’s ruleset gives a request of type complaint) of the same customer, unit or area, or with the same phone and room text, in the last 90 days; `inHome` and `location` follow from the picked unit or area. A value the request gives itself wins (a complaint count only when higher). `POST /api/tickets` derives the same.
         */
        post: operations["deriveTicketFacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with the events the caller may send now */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit history of a ticket, oldest first */
        get: operations["getTicketHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an event to a ticket (a step done, a callback made…) */
        post: operations["sendTicketEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a ticket to another team */
        post: operations["reassignTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notes staff left on a ticket */
        get: operations["listTicketComments"];
        put?: never;
        /** Leave a note on a ticket (it is audited too) */
        post: operations["addTicketComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a photo or PDF (multipart/form-data, field `file`)
         * @description The type is read from the content (JPEG, PNG, WebP, PDF; HEIC is refused), never from the name. Images are decoded, turned upright, stripped of EXIF/GPS and encoded again, with a thumbnail; the hash is the SHA-256 of the stored bytes, so the same content uploaded twice is stored once. 10 MB at most unless configured. Link it to a ticket with `POST /api/tickets/{id}/attachments` or the intake’s `attachments`.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment’s stored bytes (the re-encoded image, or the PDF)
         * @description Readable by its uploader and by whoever sees a ticket it is linked to; anyone else gets 404, as for a hash never stored. Content-addressed, so cached for good.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{hash}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An image attachment’s thumbnail (JPEG, at most 320 px)
         * @description Readable by its uploader and by whoever sees a ticket it is linked to; anyone else gets 404, as for a hash never stored. Content-addressed, so cached for good. A PDF has none (404).
         */
        get: operations["getAttachmentThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link uploaded attachments to a ticket (audited by hash)
         * @description Each hash must be one the caller uploaded or can read. One audit entry (`ticket.attach`) names the new ones by hash; ones the ticket holds already are skipped. A ticket holds at most 6 unless configured: more is a 400 and links nothing.
         */
        post: operations["linkTicketAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sites the caller works at (every site for company-level users) */
        get: operations["listSites"];
        put?: never;
        /** Create a site */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a site: name, address, working calendar, blueprints and ruleset it runs */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/api/sites/{site}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buildings of a site, with their unit counts */
        get: operations["listBuildings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a site’s units in code order, by building or by the start of an address
         * @description `q` is what a search box holds: an address being typed (`3-2-11`, `3栋2单元11`, `A座12`) finds the units whose code starts so; other text is taken as the start of a code.
         */
        get: operations["listUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit with who lives or works there now */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The common areas of a site (gate, car park, lifts…) */
        get: operations["listAreas"];
        put?: never;
        /** Add a common area to a site */
        post: operations["createArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The intake search box: units by address, common areas, customers (at most 10)
         * @description An address being typed (`3-2-11`, `3栋2单元1101`) finds units with who lives there; other text finds common areas by name or code and the site’s customers by name or phone digits (the last four, or the whole number, for callers who read phones masked).
         */
        get: operations["searchLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer with their holdings at the caller’s sites
         * @description The phone is the full number for supervisors and the customer-service desk, else masked (`138****5678`, `phoneMasked: true`).
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer’s name, phone or segments */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a customer, with the units they hold
         * @description A phone number another customer has is a 409 naming `phone`; a malformed one a 400 naming it. The phone is the full number for supervisors and the customer-service desk, else masked (`138****5678`, `phoneMasked: true`).
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a customer holds a unit (moved in, rented it…)
         * @description Answers the customer with the new holding.
         */
        post: operations["addHolding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/holdings/{holdingId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a holding (moved out, lease over) */
        post: operations["endHolding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s requests at the caller’s sites, newest first */
        get: operations["listCustomerTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}/estate/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a site’s estate file (buildings, units, customers, holdings), or check it
         * @description The body is the file: `text/csv` (UTF-8 with or without BOM, or GB18030) or an XLSX workbook (first sheet), headings in Chinese or English as the export writes them. All or nothing: a file with any bad row answers 400 `invalid_import` whose `details.problems` lists every one (row, column, reason) and imports nothing; `dryRun=true` imports nothing and answers the report, problems included. Units are matched by code, customers by phone (a masked phone of an export keeps the stored number of the unit's holder it masks), holdings created; nothing is deleted. With `Accept: application/x-ndjson` the answer is a stream of lines: `{"progress":{"done":n,"total":m}}`, then `{"report":ImportReport}` (or `{"error":ErrorBody}` if the write failed).
         */
        post: operations["importEstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{site}/estate/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a site’s estate file in the import’s columns
         * @description CSV (UTF-8 with BOM; cells a spreadsheet would run as formulas start with an apostrophe) or XLSX. Phones are masked for callers who do not call customers; importing the file back keeps the stored numbers.
         */
        get: operations["exportEstate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accounts by username: all of them, or a page with limit or cursor
         * @description Without `limit` and `cursor`: every account, as an array (the answer of v1 before paging). With either: a `UserPage` of `limit` accounts (default 100) after the `cursor`.
         */
        get: operations["listUsers"];
        put?: never;
        /** Create an account */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles some account holds (its job role), with how many accounts hold each */
        get: operations["listHeldRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replay a page of tickets over their histories and list the mismatches */
        get: operations["replayTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/replay/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replay one ticket over its history: does the stored ticket equal it? */
        get: operations["replayTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Callbacks within their deadline and satisfaction, per blueprint and team */
        get: operations["getCallbackReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/heatmap/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per step of a blueprint version: passes, time spent, breaches, refusals, satisfaction */
        get: operations["getHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tickets per team, at risk, overdue, and by the role they wait for */
        get: operations["getWorkload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/auth/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a one-time sign-in code to a phone
         * @description The same answer whether or not the phone belongs to a resident. At most 3 codes per phone per 15 minutes (429); a code lives 5 minutes and allows 5 tries.
         */
        post: operations["requestResidentCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in as a resident with the phone and its code
         * @description The session rides in the HttpOnly cookie `frontstage_resident` (SameSite=Strict, path /api/residents/auth, Secure over TLS).
         */
        post: operations["residentSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/auth/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a tracking link: a session that follows that one request
         * @description The session rides in the HttpOnly cookie `frontstage_resident` (SameSite=Strict, path /api/residents/auth, Secure over TLS).
         */
        post: operations["residentTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new resident token for the session cookie
         * @description The session rides in the HttpOnly cookie `frontstage_resident` (SameSite=Strict, path /api/residents/auth, Secure over TLS).
         */
        post: operations["residentRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a resident out
         * @description The session rides in the HttpOnly cookie `frontstage_resident` (SameSite=Strict, path /api/residents/auth, Secure over TLS).
         */
        post: operations["residentLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where and what a resident may report */
        get: operations["residentOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resident’s requests, newest first */
        get: operations["residentTickets"];
        put?: never;
        /** Report a request: the same classification and routing as the front desk’s intake */
        post: operations["residentReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow one request: its timeline above the line of visibility, the promised time, who is coming */
        get: operations["residentTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the service (1-5 stars, reasons for 3 or less): completes the blueprint’s callback */
        post: operations["residentRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/tickets/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a customer step: confirm the work, say it is not fixed, decline a quote */
        post: operations["residentAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/tickets/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent to a quoted fee: records consent and amount, accepts the quote
         * @description No money moves here: a PaymentProvider adapter (WeChat Pay, Alipay) does that; see residents/payment-provider.ts.
         */
        post: operations["residentPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live changes of the resident’s own requests, as server-sent events
         * @description Events `ready` and `ticket.changed` (data: `{ticketId, version}`), `ping` every 25 s. The token may come as `?access_token=`.
         */
        get: operations["residentStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/tracking-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new tracking link for the request (the previous one stops working)
         * @description The token is 192 random bits, kept only as its SHA-256: the link is shown once, here.
         */
        post: operations["createTrackingLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working calendar for time standards on business hours, of the company or of a site */
        get: operations["getSiteCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: tickets by state and class, breaches, request latency */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Text: {
            "zh-CN": string;
            en: string;
        };
        JsonValue: JsonValue;
        FactCondition: {
            fact: string;
            /** @enum {string} */
            operator: "equal" | "notEqual" | "lessThan" | "lessThanInclusive" | "greaterThan" | "greaterThanInclusive" | "in" | "notIn" | "contains" | "doesNotContain" | "textContainsAny" | "textMatchesAny";
            value: (string | number | boolean | null) | (string | number | boolean | null)[];
        };
        ConditionReference: {
            condition: string;
        };
        AllCondition: {
            all: components["schemas"]["Condition"][];
        };
        AnyCondition: {
            any: components["schemas"]["Condition"][];
        };
        NotCondition: {
            not: components["schemas"]["Condition"];
        };
        Condition: components["schemas"]["FactCondition"] | components["schemas"]["ConditionReference"] | components["schemas"]["AllCondition"] | components["schemas"]["AnyCondition"] | components["schemas"]["NotCondition"];
        CustomerNotice: {
            enabled?: boolean;
            text?: components["schemas"]["Text"];
        };
        Field: {
            name: string;
            label: components["schemas"]["Text"];
            /** @enum {string} */
            type: "string" | "text" | "integer" | "number" | "boolean" | "choice" | "date" | "phone";
            required?: boolean;
            min?: number;
            max?: number;
            maxLength?: number;
            options?: {
                value: string;
                label: components["schemas"]["Text"];
            }[];
            customerVisible?: boolean;
            past?: boolean;
            prefill?: string;
        };
        Blueprint: {
            $schema?: string;
            key: string;
            name: components["schemas"]["Text"];
            description?: components["schemas"]["Text"];
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            roles?: {
                [key: string]: components["schemas"]["Text"];
            };
            events?: {
                [key: string]: components["schemas"]["Text"];
            };
            steps: {
                id: string;
                /** @enum {string} */
                type: "start" | "task" | "auto" | "decision" | "end";
                /** @enum {string} */
                lane: "evidence" | "customer" | "frontstage" | "backstage" | "support";
                label: components["schemas"]["Text"];
                description?: components["schemas"]["Text"];
                roles?: string[];
                actions?: ({
                    /** @constant */
                    kind: "notify";
                    to: string;
                    message: components["schemas"]["Text"];
                } | {
                    /** @constant */
                    kind: "assign";
                    role: string;
                } | {
                    /** @constant */
                    kind: "callSupplier";
                    supplier: string;
                    message?: components["schemas"]["Text"];
                })[];
                timeStandard?: {
                    duration: string;
                    /** @enum {string} */
                    clock?: "wall" | "business";
                    warnAt?: number[];
                    onBreach?: {
                        escalateTo?: string;
                        event?: string;
                    };
                };
                noDeadline?: components["schemas"]["Text"];
                momentOfTruth?: boolean;
                failPoint?: components["schemas"]["Text"];
                evidence?: {
                    id: string;
                    label: components["schemas"]["Text"];
                }[];
                requiredData?: components["schemas"]["Field"][];
                customerSeesActor?: boolean;
                customerNotice?: components["schemas"]["CustomerNotice"];
            }[];
            flows: {
                id: string;
                from: string;
                to: string;
                event?: string;
                label?: components["schemas"]["Text"];
                condition?: components["schemas"]["AllCondition"] | components["schemas"]["AnyCondition"] | components["schemas"]["NotCondition"] | components["schemas"]["ConditionReference"];
                roles?: string[];
                requiredData?: components["schemas"]["Field"][];
            }[];
            layout?: {
                steps: {
                    [key: string]: {
                        x: number;
                        y: number;
                    };
                };
            };
        };
        /** @enum {string} */
        AreaKind: "main_gate" | "shop_frontage" | "activity_area" | "road" | "lift" | "lobby" | "lift_hall" | "corridor" | "car_park" | "fire_stairs" | "roof" | "bins" | "garden" | "other";
        SharedCondition: {
            label: components["schemas"]["Text"];
            description?: components["schemas"]["Text"];
            condition: components["schemas"]["AllCondition"] | components["schemas"]["AnyCondition"] | components["schemas"]["NotCondition"] | components["schemas"]["ConditionReference"];
            suggests?: {
                fact: string;
                value: string | number | boolean | null;
            };
            asks?: string[];
        };
        Ruleset: {
            $schema?: string;
            key: string;
            name: components["schemas"]["Text"];
            facts?: {
                name: string;
                label: components["schemas"]["Text"];
                /** @enum {string} */
                type: "string" | "text" | "number" | "boolean" | "choice";
                options?: {
                    value: string;
                    label: components["schemas"]["Text"];
                }[];
            }[];
            teams?: {
                [key: string]: components["schemas"]["Text"];
            };
            conditions?: {
                [key: string]: components["schemas"]["SharedCondition"];
            };
            defaults: {
                /** @enum {string} */
                class: "general" | "special" | "emergency";
                /** @enum {string} */
                priority: "urgent" | "high" | "normal" | "low";
                blueprint: string;
                team: string;
                role?: string;
            };
            rules: {
                id: string;
                name: components["schemas"]["Text"];
                description?: components["schemas"]["Text"];
                priority: number;
                conditions: components["schemas"]["AllCondition"] | components["schemas"]["AnyCondition"] | components["schemas"]["NotCondition"] | components["schemas"]["ConditionReference"];
                decide: {
                    /** @enum {string} */
                    class?: "general" | "special" | "emergency";
                    /** @enum {string} */
                    priority?: "urgent" | "high" | "normal" | "low";
                    blueprint?: string;
                    team?: string;
                    role?: string;
                    timeStandards?: {
                        [key: string]: string;
                    };
                };
            }[];
        };
        Diagnostic: {
            /** @enum {string} */
            code: "schema.invalid" | "blueprint.no_start" | "blueprint.multiple_starts" | "blueprint.no_end" | "step.duplicate_id" | "step.in_evidence_lane" | "step.unreachable" | "step.dead_end" | "step.duplicate_event" | "flow.duplicate_id" | "flow.unknown_step" | "flow.missing_event" | "flow.event_on_automatic" | "start.has_incoming" | "end.has_outgoing" | "automatic.needs_one_flow" | "automatic.cycle" | "task.no_role" | "task.no_flow" | "decision.no_default" | "decision.multiple_defaults" | "decision.no_branch" | "emergency.path_without_time_standard" | "time_standard.not_on_task" | "time_standard.unknown_breach_event" | "task.no_time_standard" | "lane.customer_step_staff_role" | "lane.staff_step_customer_role" | "lane.crosses_visibility" | "field.duplicate_name" | "field.bad_range" | "field.choice_without_options" | "field.customer_visible_behind_line" | "field.prefill_unknown_data" | "field.prefill_type" | "event.unlabeled" | "role.undeclared" | "role.unheld" | "layout.unknown_step" | "notice.unknown_placeholder" | "notice.expected_without_time_standard" | "ruleset.unknown_condition" | "ruleset.condition_cycle" | "ruleset.unused_condition" | "ruleset.intake_unknown_fact" | "ruleset.intake_bad_value";
            /** @enum {string} */
            severity: "error" | "warning";
            message: components["schemas"]["Text"];
            path: (string | number)[];
            stepId?: string;
            flowId?: string;
        };
        TransitionConfig: {
            target: string;
            /** @constant */
            reenter?: true;
            guard?: {
                /** @constant */
                type: "flowCondition";
                params: {
                    flowId: string;
                };
            };
            actions: ({
                /** @constant */
                type: "recordData";
            } | {
                /** @constant */
                type: "takeFlow";
                params: {
                    flowId: string;
                };
            })[];
        };
        MachineConfig: {
            id: string;
            initial: string;
            context: {
                facts: Record<string, never>;
                data: Record<string, never>;
            };
            states: {
                [key: string]: {
                    meta: {
                        type: string;
                        lane: string;
                    };
                    entry: {
                        /** @constant */
                        type: "enterStep";
                        params: {
                            stepId: string;
                        };
                    }[];
                    on?: {
                        [key: string]: components["schemas"]["TransitionConfig"][];
                    };
                    always?: components["schemas"]["TransitionConfig"][];
                    /** @constant */
                    type?: "final";
                };
            };
        };
        Timer: {
            id: string;
            stepId: string;
            /** @enum {string} */
            kind: "warning" | "breach";
            /** Format: date-time */
            due: string;
            fraction?: number;
            escalateTo?: string;
        };
        Escalation: {
            timerId: string;
            stepId: string;
            /** @enum {string} */
            kind: "warning" | "breach";
            to: string;
            /** Format: date-time */
            at: string;
        };
        RuleJson: {
            name: string;
            priority: number;
            conditions: components["schemas"]["AllCondition"] | components["schemas"]["AnyCondition"] | components["schemas"]["NotCondition"] | components["schemas"]["ConditionReference"];
            event: {
                type: string;
                params: {
                    [key: string]: string;
                };
            };
        };
        Report: {
            diagnostics: components["schemas"]["Diagnostic"][];
            reachable: string[];
            unreachable: string[];
            deadEnds: string[];
            stepsWithoutOwner: string[];
            emergencyPathsWithoutTimeStandard: string[];
            stats: {
                steps: number;
                flows: number;
                tasks: number;
                timed: number;
                momentsOfTruth: number;
                failPoints: number;
            };
        };
        ConditionTrace: {
            fact: string;
            operator: string;
            value: components["schemas"]["JsonValue"];
            factValue: components["schemas"]["JsonValue"];
            result: boolean;
        };
        ReferenceTrace: {
            condition: string;
            label: components["schemas"]["Text"];
            result: boolean;
        };
        TraceItem: components["schemas"]["ConditionTrace"] | components["schemas"]["ReferenceTrace"];
        RuleExplanation: {
            id: string;
            name: components["schemas"]["Text"];
            priority: number;
            fired: boolean;
            conditions: components["schemas"]["TraceItem"][];
        };
        SharedConditionExplanation: {
            name: string;
            label: components["schemas"]["Text"];
            result: boolean;
            conditions: components["schemas"]["TraceItem"][];
        };
        Classification: {
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            blueprint: string;
            team: string;
            role?: string;
            timeStandards: {
                [key: string]: string;
            };
            explanation: {
                decidedBy: {
                    class: string;
                    priority: string;
                    blueprint: string;
                    team: string;
                    role: string;
                };
                rules: components["schemas"]["RuleExplanation"][];
                sharedConditions?: components["schemas"]["SharedConditionExplanation"][];
                missingFacts: string[];
            };
        };
        AttachmentHash: string;
        /** @enum {string} */
        AttachmentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
        Attachment: {
            hash: components["schemas"]["AttachmentHash"];
            mime: components["schemas"]["AttachmentType"];
            bytes: number;
            width?: number;
            height?: number;
            url: string;
            thumbnailUrl: string | null;
        };
        TicketAttachment: {
            hash: components["schemas"]["AttachmentHash"];
            mime: components["schemas"]["AttachmentType"];
            bytes: number;
            width?: number;
            height?: number;
            url: string;
            thumbnailUrl: string | null;
            linkedAt: string;
            linkedBy: string;
        };
        LinkAttachmentsBody: {
            hashes: components["schemas"]["AttachmentHash"][];
        };
        SiteId: string;
        SiteAssignment: {
            blueprints: {
                key: string;
                version: number | null;
            }[] | null;
            rulesetVersion: number | null;
        };
        Site: {
            id: components["schemas"]["SiteId"];
            name: string;
            address: string | null;
            calendar: {
                utcOffsetMinutes: number;
                workdays: number[];
                opens: string;
                closes: string;
                breaks?: {
                    from: string;
                    to: string;
                }[];
                holidays?: string[];
                quietHours?: {
                    from: string;
                    to: string;
                };
            } | null;
            assignment: components["schemas"]["SiteAssignment"];
            units: number;
            /** Format: date-time */
            createdAt: string;
        };
        Building: {
            /** Format: uuid */
            id: string;
            siteId: components["schemas"]["SiteId"];
            name: string;
            units: number;
        };
        Unit: {
            /** Format: uuid */
            id: string;
            siteId: components["schemas"]["SiteId"];
            /** Format: uuid */
            buildingId: string;
            code: string;
            building: string;
            entrance: string | null;
            room: string;
            floorArea: number | null;
        };
        UnitPage: {
            items: components["schemas"]["Unit"][];
            limit: number;
            nextCursor: string | null;
        };
        CommonArea: {
            /** Format: uuid */
            id: string;
            siteId: components["schemas"]["SiteId"];
            code: string;
            name: string;
            kind: components["schemas"]["AreaKind"];
        };
        /** @enum {string} */
        CustomerRole: "owner" | "tenant" | "occupant";
        CustomerSegments: {
            /** @enum {string} */
            importance: "important" | "ordinary";
            member: boolean;
            /** @enum {string} */
            kind: "residential" | "commercial" | "institutional";
        };
        Holding: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            unitId: string;
            unitCode: string;
            siteId: components["schemas"]["SiteId"];
            role: components["schemas"]["CustomerRole"];
            since: string | null;
            until: string | null;
        };
        Customer: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string;
            phoneMasked: boolean;
            segments: components["schemas"]["CustomerSegments"];
            holdings: components["schemas"]["Holding"][];
            /** Format: date-time */
            createdAt: string;
        };
        Occupant: {
            customer: components["schemas"]["Customer"];
            role: components["schemas"]["CustomerRole"];
            since: string | null;
        };
        UnitDetail: {
            /** Format: uuid */
            id: string;
            siteId: components["schemas"]["SiteId"];
            /** Format: uuid */
            buildingId: string;
            code: string;
            building: string;
            entrance: string | null;
            room: string;
            floorArea: number | null;
            occupants: components["schemas"]["Occupant"][];
        };
        LocationHit: {
            /** @constant */
            kind: "unit";
            unit: components["schemas"]["Unit"];
            occupants: components["schemas"]["Occupant"][];
        } | {
            /** @constant */
            kind: "area";
            area: components["schemas"]["CommonArea"];
        } | {
            /** @constant */
            kind: "customer";
            customer: components["schemas"]["Customer"];
        };
        LocationHits: {
            items: components["schemas"]["LocationHit"][];
        };
        ImportProblem: {
            row: number;
            column: string;
            reason: string;
        };
        ImportReport: {
            dryRun: boolean;
            imported: boolean;
            rows: number;
            buildings: {
                created: number;
            };
            units: {
                created: number;
                updated: number;
            };
            customers: {
                created: number;
                updated: number;
            };
            holdings: {
                created: number;
            };
            problems: components["schemas"]["ImportProblem"][];
        };
        TicketView: {
            /** Format: uuid */
            id: string;
            version: number;
            blueprint: {
                key: string;
                version: number;
                hash: string;
            };
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            priority: string;
            team: string | null;
            state: string;
            /** @enum {string} */
            status: "open" | "closed";
            assignment: {
                stepId: string;
                roles: string[];
                team?: string;
            } | null;
            facts: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            data: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            path: string[];
            timers: components["schemas"]["Timer"][];
            escalations: components["schemas"]["Escalation"][];
            atRisk: boolean;
            overdue: boolean;
            nextBreach: string | null;
            escalatedTo: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            createdBy: string;
            site: components["schemas"]["SiteId"];
            location: {
                unitId: string | null;
                areaId: string | null;
                code: string;
            } | null;
            customerId: string | null;
            caller?: {
                name: string;
                phone: string;
                phoneMasked: boolean;
            } | null;
        };
        CallerEvent: {
            type: string;
            label?: components["schemas"]["Text"];
            roles: string[];
            fields: components["schemas"]["Field"][];
            mine: boolean;
            /** @constant */
            onBehalfOf?: "customer";
        };
        StoredClassification: {
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            blueprint: string;
            team: string;
            role?: string;
            timeStandards: {
                [key: string]: string;
            };
            explanation: {
                decidedBy: {
                    class: string;
                    priority: string;
                    blueprint: string;
                    team: string;
                    role: string;
                };
                rules: components["schemas"]["RuleExplanation"][];
                sharedConditions?: components["schemas"]["SharedConditionExplanation"][];
                missingFacts: string[];
            };
            rulesetVersion?: number | null;
        };
        TicketSummary: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            state: string;
            /** @enum {string} */
            status: "open" | "closed";
            blueprintKey: string;
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            category: string | null;
            locationCode: string | null;
        };
        TicketDetail: {
            /** Format: uuid */
            id: string;
            version: number;
            blueprint: {
                key: string;
                version: number;
                hash: string;
            };
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            priority: string;
            team: string | null;
            state: string;
            /** @enum {string} */
            status: "open" | "closed";
            assignment: {
                stepId: string;
                roles: string[];
                team?: string;
            } | null;
            facts: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            data: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            path: string[];
            timers: components["schemas"]["Timer"][];
            escalations: components["schemas"]["Escalation"][];
            atRisk: boolean;
            overdue: boolean;
            nextBreach: string | null;
            escalatedTo: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            createdBy: string;
            site: components["schemas"]["SiteId"];
            location: {
                unitId: string | null;
                areaId: string | null;
                code: string;
            } | null;
            customerId: string | null;
            caller?: {
                name: string;
                phone: string;
                phoneMasked: boolean;
            } | null;
            allowedEvents: components["schemas"]["CallerEvent"][];
            classification: components["schemas"]["StoredClassification"] | null;
            customer: components["schemas"]["Customer"] | null;
            customerHistory: components["schemas"]["TicketSummary"][];
            repeats: {
                earlier: components["schemas"]["TicketSummary"][];
                later: components["schemas"]["TicketSummary"][];
            };
            attachments: components["schemas"]["TicketAttachment"][];
            visibleToCaller?: boolean;
        };
        TicketPage: {
            items: components["schemas"]["TicketView"][];
            total: number;
            totalIsLowerBound: boolean;
            limit: number;
            offset: number;
            nextCursor: string | null;
        };
        TicketChange: {
            /** @enum {string} */
            kind: "ticket.created" | "ticket.updated";
            ticketId: string;
            version: number;
            state: string;
            status: string;
            team: string | null;
            assignedRoles: string;
            site: components["schemas"]["SiteId"];
            event?: string;
            notification?: string;
            /** Format: date-time */
            at: string;
        };
        TicketComment: {
            /** Format: uuid */
            id: string;
            ticketId: string;
            /** Format: date-time */
            at: string;
            authorId: string;
            authorRole: string;
            body: string;
            auditSeq: number;
        };
        AuditTrace: {
            classification?: {
                /** @enum {string} */
                class?: "general" | "special" | "emergency";
                /** @enum {string} */
                priority?: "urgent" | "high" | "normal" | "low";
                team?: string;
                timeStandards?: {
                    [key: string]: string;
                };
                rulesetVersion?: number | null;
                decidedBy?: {
                    [key: string]: string;
                };
                explanation?: {
                    decidedBy: {
                        class: string;
                        priority: string;
                        blueprint: string;
                        team: string;
                        role: string;
                    };
                    rules: components["schemas"]["RuleExplanation"][];
                    sharedConditions?: components["schemas"]["SharedConditionExplanation"][];
                    missingFacts: string[];
                };
            } | null;
            flows?: string[];
            effects?: string[];
            escalations?: string[];
            from?: string | null;
            to?: string;
            message?: components["schemas"]["Text"];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AuditEntry: {
            seq: number;
            /** Format: date-time */
            at: string;
            ticketId: string | null;
            actorId: string;
            actorRole: string;
            command: string;
            eventType: string | null;
            data: {
                [key: string]: components["schemas"]["JsonValue"];
            } | null;
            fromState: string | null;
            toState: string | null;
            blueprintKey?: string | null;
            blueprintVersion?: number | null;
            /** @enum {string} */
            outcome: "accepted" | "refused";
            code: string | null;
            trace: components["schemas"]["AuditTrace"] | null;
            requestId?: string | null;
            prevHash?: string;
            hash?: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            nextAfterSeq: number | null;
            nextCursor: string | null;
        };
        ChainBreak: {
            seq: number;
            /** @enum {string} */
            reason: "hash_mismatch" | "prev_hash_mismatch" | "missing_entry" | "head_mismatch";
        };
        ChainVerification: {
            ok: boolean;
            entries: number;
            headSeq: number;
            firstBroken?: components["schemas"]["ChainBreak"];
        };
        ReplayVerdict: {
            ok: boolean;
            ticketId: string;
            blueprint: string;
            version: number;
            /** @enum {string} */
            reason?: "history_invalid" | "replay_refused" | "state_differs" | "ticket_differs";
            message?: components["schemas"]["Text"];
            field?: string;
            index?: number;
            seq?: number | null;
            recorded?: string;
            replayed?: string;
            issues?: {
                code: string;
                path: (string | number)[];
                message: string;
            }[];
            rejection?: {
                code: string;
                message: components["schemas"]["Text"];
                details?: {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            };
        };
        ReplayReport: {
            checked: number;
            ok: boolean;
            mismatches: components["schemas"]["ReplayVerdict"][];
            limit: number;
            offset: number;
            nextCursor: string | null;
        };
        WorkloadRow: {
            team: string | null;
            open: number;
            emergency: number;
            atRisk: number;
            overdue: number;
            byRole: {
                [key: string]: number;
            };
        };
        StepHeat: {
            stepId: string;
            passed: number;
            medianMs: number | null;
            p90Ms: number | null;
            breaches: number;
            refused: number;
            answers: number;
            meanSatisfaction: number | null;
            firstAnswers: number;
            meanFirstSatisfaction: number | null;
            finalAnswers: number;
            meanFinalSatisfaction: number | null;
        };
        Heatmap: {
            blueprint: string;
            version: number;
            from?: string;
            to?: string;
            tickets: number;
            entries: number;
            steps: components["schemas"]["StepHeat"][];
        };
        CallbackFigures: {
            blueprint: string;
            team: string | null;
            inTime: number;
            late: number;
            rateInTime: number | null;
            answers: number;
            meanSatisfaction: number | null;
        };
        CallbackReport: {
            from: string;
            to: string;
            rows: components["schemas"]["CallbackFigures"][];
        };
        /** @enum {string} */
        ApiRole: "designer" | "staff" | "supervisor" | "auditor" | "admin";
        SiteScope: "*" | components["schemas"]["SiteId"][];
        Me: {
            id: string;
            username: string;
            role: components["schemas"]["ApiRole"];
            jobRole: string;
            team?: string;
            sites: components["schemas"]["SiteScope"];
        };
        LoginResponse: {
            token: string;
            user: components["schemas"]["Me"];
        };
        EvaluateResult: {
            rulesetVersion?: number;
            classification: components["schemas"]["Classification"];
        };
        UserView: {
            id: string;
            username: string;
            role: components["schemas"]["ApiRole"];
            jobRole: string;
            team: string | null;
            companyWide: boolean;
            sites: components["schemas"]["SiteId"][];
            /** Format: date-time */
            createdAt: string;
        };
        HeldRole: {
            role: string;
            users: number;
        };
        UserPage: {
            items: components["schemas"]["UserView"][];
            limit: number;
            nextCursor: string | null;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            database: "sqlite" | "postgres";
        };
        SiteCalendar: {
            calendar: {
                utcOffsetMinutes: number;
                workdays: number[];
                opens: string;
                closes: string;
                breaks?: {
                    from: string;
                    to: string;
                }[];
                holidays?: string[];
                quietHours?: {
                    from: string;
                    to: string;
                };
            } | null;
        };
        VersionSummary: {
            key: string;
            version: number;
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy?: string;
            note?: string | null;
        };
        BlueprintSummary: {
            key: string;
            name: components["schemas"]["Text"] | null;
            class: ("general" | "special" | "emergency") | null;
            draftUpdatedAt: string | null;
            latest: components["schemas"]["VersionSummary"] | null;
        };
        DraftResponse: {
            key: string;
            blueprint: components["schemas"]["Blueprint"];
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string;
            report: components["schemas"]["Diagnostic"][];
        };
        SaveDraftResponse: {
            key: string;
            /** Format: date-time */
            updatedAt: string;
            report: components["schemas"]["Diagnostic"][];
        };
        ValidateResponse: {
            /** @constant */
            ok: true;
            hash: string;
            report: components["schemas"]["Report"];
        } | {
            /** @constant */
            ok: false;
            report: components["schemas"]["Report"];
        };
        PublishResponse: {
            key: string;
            version: number;
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy?: string;
            note?: string | null;
            created: boolean;
        };
        VersionResponse: {
            key: string;
            version: number;
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy?: string;
            note?: string | null;
            blueprint: components["schemas"]["Blueprint"];
            compiled: {
                machine: components["schemas"]["MachineConfig"];
                rules: components["schemas"]["RuleJson"][];
                report: components["schemas"]["Report"];
            };
        };
        RulesetVersionSummary: {
            version: number;
            key: string;
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            note?: string | null;
        };
        RulesResponse: {
            version: number;
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            note?: string | null;
            ruleset: components["schemas"]["Ruleset"];
        };
        RulesPublishResponse: {
            version: number;
            hash: string;
            created: boolean;
        };
        RulesCheckResponse: {
            ok: boolean;
            hash?: string;
            diagnostics: components["schemas"]["Diagnostic"][];
        };
        ErrorBody: {
            statusCode: number;
            error: string;
            message: string;
            details?: {
                [key: string]: components["schemas"]["JsonValue"];
            };
        };
        Vocabulary: {
            blueprints: {
                [key: string]: components["schemas"]["Text"];
            };
            steps: {
                [key: string]: {
                    [key: string]: components["schemas"]["Text"];
                };
            };
            events: {
                [key: string]: components["schemas"]["Text"];
            };
            roles: {
                [key: string]: components["schemas"]["Text"];
            };
            teams: {
                [key: string]: components["schemas"]["Text"];
            };
            names: {
                [key: string]: components["schemas"]["Text"];
            };
            values: {
                [key: string]: {
                    [key: string]: components["schemas"]["Text"];
                };
            };
            rules: {
                [key: string]: components["schemas"]["Text"];
            };
        };
        /** @enum {string} */
        ComplaintMatch: "customer" | "unit" | "area" | "phone_room";
        DerivedFact: {
            /** @constant */
            name: "previousComplaints";
            value: number;
            given: number | null;
            derived: number;
            windowDays: number;
            ticketIds: string[];
            matchedBy: components["schemas"]["ComplaintMatch"][];
        } | {
            /** @constant */
            name: "inHome";
            value: boolean;
            given: boolean | null;
            derived: boolean;
            from: {
                /** @enum {string} */
                kind: "unit" | "area";
                code: string;
            };
        } | {
            /** @constant */
            name: "location";
            value: string;
            given: string | null;
            derived: string;
            from: {
                /** @enum {string} */
                kind: "unit" | "area";
                code: string;
            };
        };
        DerivedFacts: {
            derived: components["schemas"]["DerivedFact"][];
            facts: {
                [key: string]: components["schemas"]["JsonValue"];
            };
        };
        ResidentCodeRequest: {
            phone: string;
        };
        ResidentCodeSent: {
            /** @constant */
            sent: true;
            expiresInSeconds: number;
        };
        ResidentSignIn: {
            phone: string;
            code: string;
        };
        ResidentTrack: {
            token: string;
        };
        ResidentMe: {
            name: string | null;
            phone: string | null;
            ticketId: string | null;
        };
        ResidentSession: {
            token: string;
            resident: components["schemas"]["ResidentMe"];
        };
        ResidentPlace: {
            /** @enum {string} */
            kind: "unit" | "area";
            id: string;
            site: string;
            label: string;
        };
        ResidentOptions: {
            places: components["schemas"]["ResidentPlace"][];
            categories: {
                value: string;
                label: components["schemas"]["Text"];
            }[];
        };
        ResidentReport: {
            place: {
                /** @enum {string} */
                kind: "unit" | "area";
                id: string;
            };
            category: string;
            description: string;
            preferredTime?: string;
            attachments?: string[];
        };
        ResidentExpected: {
            /** Format: date-time */
            by: string;
            within: components["schemas"]["Text"];
            what: components["schemas"]["Text"];
        };
        ResidentMoment: {
            /** Format: date-time */
            at: string;
            step: components["schemas"]["Text"];
            happened: components["schemas"]["Text"];
            fields: {
                label: components["schemas"]["Text"];
                text: components["schemas"]["Text"];
            }[];
            visitor?: {
                name: string;
                role: components["schemas"]["Text"];
            };
        };
        ResidentAction: {
            /** @enum {string} */
            kind: "confirm" | "not_fixed" | "accept_quote" | "decline_quote" | "rate" | "other";
            event: string;
            label: components["schemas"]["Text"];
        };
        ResidentTicket: {
            id: string;
            version: number;
            /** @enum {string} */
            class: "general" | "special" | "emergency";
            classLabel: components["schemas"]["Text"];
            title: components["schemas"]["Text"];
            description: string | null;
            place: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            createdAt: string;
            now: components["schemas"]["Text"];
            expected: components["schemas"]["ResidentExpected"] | null;
            visitor: {
                name: string;
                role: components["schemas"]["Text"];
            } | null;
            quote: {
                amount: number;
                /** @constant */
                currency: "CNY";
            } | null;
            timeline: components["schemas"]["ResidentMoment"][];
            actions: components["schemas"]["ResidentAction"][];
            attachments: string[];
        };
        ResidentTicketList: {
            items: {
                id: string;
                version: number;
                /** @enum {string} */
                class: "general" | "special" | "emergency";
                classLabel: components["schemas"]["Text"];
                title: components["schemas"]["Text"];
                description: string | null;
                place: string | null;
                /** @enum {string} */
                status: "open" | "closed";
                /** Format: date-time */
                createdAt: string;
                now: components["schemas"]["Text"];
                expected: components["schemas"]["ResidentExpected"] | null;
                visitor: {
                    name: string;
                    role: components["schemas"]["Text"];
                } | null;
                quote: {
                    amount: number;
                    /** @constant */
                    currency: "CNY";
                } | null;
                attachments: string[];
            }[];
        };
        ResidentRating: {
            stars: number;
            /** @default [] */
            reasons: string[];
            comment?: string;
            expectedVersion: number;
        };
        ResidentAnswer: {
            event: string;
            reason?: string;
            expectedVersion: number;
        };
        ResidentPayment: {
            amount: number;
            /** @enum {string} */
            provider: "wechat_pay" | "alipay";
            /** @constant */
            consent: true;
            expectedVersion: number;
        };
        ResidentPaymentRecord: {
            id: string;
            ticketId: string;
            amount: number;
            /** @constant */
            currency: "CNY";
            /** @enum {string} */
            provider: "wechat_pay" | "alipay";
            /** @enum {string} */
            status: "consented" | "pending" | "paid" | "failed";
            /** Format: date-time */
            consentedAt: string;
            ticket: components["schemas"]["ResidentTicket"];
        };
        TrackingLink: {
            ticketId: string;
            url: string;
            token: string;
            /** Format: date-time */
            createdAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    streamTicketChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    searchAudit: {
        parameters: {
            query?: {
                ticketId?: string;
                actorId?: string;
                command?: string;
                outcome?: "accepted" | "refused";
                from?: string;
                to?: string;
                afterSeq?: number;
                cursor?: string;
                blueprintKey?: string;
                blueprintVersion?: number;
                eventType?: string;
                actorRole?: string;
                class?: "general" | "special" | "emergency";
                team?: string;
                q?: string;
                room?: string;
                phone?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportAudit: {
        parameters: {
            query?: {
                ticketId?: string;
                actorId?: string;
                command?: string;
                outcome?: "accepted" | "refused";
                from?: string;
                to?: string;
                afterSeq?: number;
                cursor?: string;
                blueprintKey?: string;
                blueprintVersion?: number;
                eventType?: string;
                actorRole?: string;
                class?: "general" | "special" | "emergency";
                team?: string;
                q?: string;
                room?: string;
                phone?: string;
                limit?: number;
                format?: "csv" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (one row per entry) or, with format=json, a JSON array of AuditEntry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerification"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBlueprints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlueprintSummary"][];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    validateBlueprint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Blueprint"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBlueprintDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The draft as saved (a hash of its body and save time): send it back as If-Match with PUT. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    saveBlueprintDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Save only over the draft this ETag names (`*`: over any existing draft); another answers 412 `precondition_failed`, nothing saved. */
                "If-Match"?: string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Blueprint"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The draft as saved (a hash of its body and save time): send it back as If-Match with PUT. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveDraftResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description If-Match names another version than the current one: nothing was applied. `error`: `precondition_failed`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publishBlueprint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The new version, or the latest when nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `blueprint_invalid`, `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBlueprintVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSummary"][];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBlueprintVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesResponse"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publishRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ruleset"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesPublishResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `ruleset_invalid`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publishRulesWithNote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ruleset: components["schemas"]["Ruleset"];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesPublishResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `ruleset_invalid`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRulesVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetVersionSummary"][];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRulesVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    validateRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ruleset"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesCheckResponse"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evaluateRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    facts: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    ruleset?: components["schemas"]["Ruleset"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluateResult"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `ruleset_invalid`, `classification_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getVocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vocabulary"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                state?: string;
                class?: "general" | "special" | "emergency";
                team?: string;
                assignee?: string;
                status?: "open" | "closed";
                overdue?: "true" | "false";
                atRisk?: "true" | "false";
                escalatedTo?: string;
                site?: components["schemas"]["SiteId"];
                unit?: string;
                area?: string;
                customer?: string;
                q?: string;
                room?: string;
                phone?: string;
                from?: string;
                to?: string;
                search?: string;
                sort?: "urgency" | "newest";
                limit?: number;
                offset?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    facts: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /** @description The site of the request; required when the caller works at more than one */
                    site?: components["schemas"]["SiteId"];
                    /**
                     * Format: uuid
                     * @description The unit (home, office) of that site
                     */
                    unitId?: string;
                    /**
                     * Format: uuid
                     * @description The common area of that site (gate, car park, lift)
                     */
                    areaId?: string;
                    /** @description A unit address as typed (3栋2单元1101, 3-2-1101), read to a unit of that site */
                    address?: string;
                    /**
                     * Format: uuid
                     * @description Who reported it; absent for an anonymous report
                     */
                    customerId?: string;
                    /** @description Hashes of attachments the caller uploaded (`POST /api/attachments`), linked in the same transaction */
                    attachments?: components["schemas"]["AttachmentHash"][];
                };
            };
        };
        responses: {
            /** @description The new ticket */
            201: {
                headers: {
                    /** @description The ticket’s version, quoted (`"3"`): send it back as If-Match with a command. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`, `invalid_input`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `classification_failed`, `blueprint_not_published`, `data_invalid`, `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deriveTicketFacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    facts: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /** @description The site of the request; required when the caller works at more than one */
                    site?: components["schemas"]["SiteId"];
                    /**
                     * Format: uuid
                     * @description The unit (home, office) of that site
                     */
                    unitId?: string;
                    /**
                     * Format: uuid
                     * @description The common area of that site (gate, car park, lift)
                     */
                    areaId?: string;
                    /** @description A unit address as typed (3栋2单元1101, 3-2-1101), read to a unit of that site */
                    address?: string;
                    /**
                     * Format: uuid
                     * @description Who reported it; absent for an anonymous report
                     */
                    customerId?: string;
                    /** @description Hashes of attachments the caller uploaded (`POST /api/attachments`), linked in the same transaction */
                    attachments?: components["schemas"]["AttachmentHash"][];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DerivedFacts"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`, `invalid_input`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `classification_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The ticket’s version, quoted (`"3"`): send it back as If-Match with a command. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTicketHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"][];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendTicketEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
                /** @description The ticket version the command is for, as its ETag gave it (`"3"`): instead of `expectedVersion` in the body (both may be sent if equal). A ticket at another version answers 412 `precondition_failed`, nothing applied. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    type: string;
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /** @description The ticket version the command is for; required unless If-Match names it */
                    expectedVersion?: number;
                };
            };
        };
        responses: {
            /** @description The ticket after the event */
            200: {
                headers: {
                    /** @description The ticket’s version, quoted (`"3"`): send it back as If-Match with a command. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`, `invalid_input`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`, `role_not_allowed`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `version_conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description If-Match names another version than the current one: nothing was applied. `error`: `precondition_failed`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `event_not_allowed`, `data_invalid`, `no_branch`, `ticket_closed`, `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reassignTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
                /** @description The ticket version the command is for, as its ETag gave it (`"3"`): instead of `expectedVersion` in the body (both may be sent if equal). A ticket at another version answers 412 `precondition_failed`, nothing applied. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    team: string;
                    /** @description The ticket version the command is for; required unless If-Match names it */
                    expectedVersion?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The ticket’s version, quoted (`"3"`): send it back as If-Match with a command. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`, `invalid_input`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `version_conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description If-Match names another version than the current one: nothing was applied. `error`: `precondition_failed`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `ticket_closed`, `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTicketComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketComment"][];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    addTicketComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketComment"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The stored attachment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hash: components["schemas"]["AttachmentHash"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, typed by their content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                    "image/webp": components["schemas"]["ErrorBody"];
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                    "image/webp": components["schemas"]["ErrorBody"];
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                    "image/webp": components["schemas"]["ErrorBody"];
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                    "image/webp": components["schemas"]["ErrorBody"];
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorBody"];
                    "image/png": components["schemas"]["ErrorBody"];
                    "image/webp": components["schemas"]["ErrorBody"];
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAttachmentThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hash: components["schemas"]["AttachmentHash"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    linkTicketAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkAttachmentsBody"];
            };
        };
        responses: {
            /** @description The ticket’s attachments after linking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketAttachment"][];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"][];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: components["schemas"]["SiteId"];
                    name: string;
                    address?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    address?: string | null;
                    calendar?: {
                        utcOffsetMinutes: number;
                        workdays: number[];
                        opens: string;
                        closes: string;
                        breaks?: {
                            from: string;
                            to: string;
                        }[];
                        holidays?: string[];
                        quietHours?: {
                            from: string;
                            to: string;
                        };
                    } | null;
                    assignment?: components["schemas"]["SiteAssignment"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBuildings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Building"][];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: {
                building?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAreas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonArea"][];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    kind?: components["schemas"]["AreaKind"];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonArea"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    searchLocations: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationHits"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: string;
                    segments?: {
                        /** @enum {string} */
                        importance?: "important" | "ordinary";
                        member?: boolean;
                        /** @enum {string} */
                        kind?: "residential" | "commercial" | "institutional";
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    phone: string;
                    segments?: {
                        /** @enum {string} */
                        importance?: "important" | "ordinary";
                        member?: boolean;
                        /** @enum {string} */
                        kind?: "residential" | "commercial" | "institutional";
                    };
                    holdings?: {
                        /** Format: uuid */
                        unitId: string;
                        role: components["schemas"]["CustomerRole"];
                        /** Format: date */
                        since?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    addHolding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    unitId: string;
                    role: components["schemas"]["CustomerRole"];
                    /** Format: date */
                    since?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    endHolding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                holdingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    until: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomerTickets: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importEstate: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `invalid_import`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportEstate: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path: {
                site: components["schemas"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The estate file (CSV, or XLSX with format=xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBody"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBody"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBody"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBody"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBody"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][] | components["schemas"]["UserPage"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    /** @enum {string} */
                    role: "designer" | "staff" | "supervisor" | "auditor" | "admin";
                    jobRole?: string;
                    team?: string;
                    sites?: components["schemas"]["SiteId"][];
                    companyWide?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `conflict`, `idempotency_in_flight`. */
            409: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listHeldRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldRole"][];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replayTickets: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayReport"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replayTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayVerdict"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCallbackReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackReport"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHeatmap: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                version?: number;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heatmap"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWorkload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkloadRow"][];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestResidentCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentCodeRequest"];
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentCodeSent"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error. `error`: `too_many_requests`. */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentSignIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentSession"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentTrack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentTrack"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentSession"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentSession"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentOptions"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentTicketList"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentReport"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentTicket"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `classification_failed`, `blueprint_not_published`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentTicket"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentRating"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentTicket"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `event_not_allowed`, `data_invalid`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentAnswer"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentTicket"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `event_not_allowed`, `data_invalid`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentPay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentPayment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentPaymentRecord"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`, `malformed_json`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict: nothing was applied. `error`: `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. `error`: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is not JSON. `error`: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Understood, but refused by the rules of the domain. `error`: `event_not_allowed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    residentStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTrackingLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingLink"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSiteCalendar: {
        parameters: {
            query?: {
                site?: components["schemas"]["SiteId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteCalendar"];
                };
            };
            /** @description Bad input: `details.field` names it. `error`: `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller. `error`: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No valid bearer token. `error`: `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role may not do this. `error`: `forbidden`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The server is shutting down or its database is busy or unreachable: send it again after Retry-After. `error`: `unavailable`. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
