## Malines web interface: English. English is the reference locale: every
## message here must exist in fr, es, nl and ar too, and they may hold no
## message that is missing here (src/i18n.rs tests fail otherwise).

app-name = Malines
skip-to-content = Skip to content
footer-safeguards = Links are hints for a person to assess, never decisions. Personal data never leaves this node in clear.
back-home = Back to the start page
cancel = Cancel
none = None
percent = { $value } %

## Navigation

nav-label = Main menu
nav-cases = Cases
nav-links = Links
nav-graph = Link graph
nav-import = Import
nav-users = Users
nav-sign-out = Sign out
language = Language
language-apply = Change

## Sign-in

sign-in-title = Sign in
sign-in-submit = Continue
sign-in-hint = After your password you will be asked for the 6-digit code of your authenticator app.
sign-in-refused = Wrong username or password.
sign-in-locked = This account is locked after repeated failures. Try again later or ask your administrator.
field-username = Username
field-password = Password
totp-title = Second factor
field-totp = Code from your authenticator app
totp-hint = Six digits; a code can be used only once.
totp-submit = Sign in
totp-refused = This code is not valid. Enter the current code.

## Errors

error-title = Something went wrong
error-sign-in = Please sign in.
error-forbidden = Your role does not allow this page.
error-not-found = There is nothing here, or it is not part of your cases.
error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
error-bad-request = The request was refused.
error-internal = An internal error occurred. It has been logged; please try again or contact your administrator.
# $field (string): the field's label, already translated.
error-field-required = { $field } is required
# $n (number): how many errors the form has.
form-errors =
    { $n ->
        [one] The form has { $n } error. Nothing was saved.
       *[other] The form has { $n } errors. Nothing was saved.
    }

## Roles

role-prosecutor = Prosecutor
role-clerk = Clerk
role-validator = Validator
role-auditor = Auditor
role-admin = Administrator
role-responder = Response team

## Case list

cases-title = Cases
case-title = Case
cases-filter = Filter the cases
cases-search = Reference or title
cases-review-due = Review due within 90 days
cases-none = No case matches. Only the cases of your teams are listed.
cases-subjects = Subjects
cases-identifiers = Identifiers
# $n (number): how many cases are listed.
cases-count =
    { $n ->
        [one] { $n } case
       *[other] { $n } cases
    }
filter-any = Any
filter-all = All
filter-none = —
filter-apply = Apply
review-overdue = review overdue
case-new = New case

## Case fields

field-reference = Reference
field-title = Title
field-stage = Stage
field-status = Status
field-terrorism-type = Type of terrorism
field-offences = Offences (one per line)
field-legal-qualification = Legal qualification
field-group = Group affiliation
field-opened-on = Opened on
field-review-due = Review due
field-team = Team (usernames)
field-ref = Ref.
field-name = Name
field-family-names = Family names
field-given-names = Given names
field-original-script = Name in original script
field-aliases = Aliases (separated by ;)
field-birth-date = Date of birth
field-place-of-birth = Place of birth
field-nationalities = Nationalities
field-sex = Sex
field-residence = Residence
field-shared = Shared
field-shared-with-hub = Share for linkage
field-identifier-type = Type
field-value = Value
field-subject = Subject
field-subject-ref = Subject (ref.)
field-doc-type = Document type
field-country = Country
field-platform = Platform
field-role = Role
field-display-name = Full name

stage-investigation = Investigation
stage-prosecution = Prosecution
stage-trial = Trial
stage-final_judgment = Final judgment
stage-acquittal = Acquittal
stage-not_prosecuted = Decision not to prosecute
status-open = Open
status-closed = Closed
terrorism-jihadist = Jihadist
terrorism-ethno_nationalist_separatist = Ethno-nationalist and separatist
terrorism-left_wing_anarchist = Left-wing and anarchist
terrorism-right_wing = Right-wing
terrorism-single_issue = Single-issue
terrorism-other = Other
terrorism-unspecified = Not specified
sex-f = Female
sex-m = Male
sex-x = Unknown
doc-passport = Passport
doc-national_id = National identity card
doc-residence_permit = Residence permit
doc-driving_licence = Driving licence
doc-other = Other document
kind-phone = Phone
kind-email = E-mail
kind-identity_document = Identity document
kind-iban = IBAN
kind-imei = IMEI
kind-imsi = IMSI
kind-ip_address = IP address
kind-crypto_address = Crypto-currency address
kind-social_media = Social-media account
kind-vehicle_plate = Vehicle plate
kind-domain = Domain name
shared-yes = shared
shared-no = kept at this node

## Case page

case-edit = Edit
case-version = Version
case-persons = Persons
case-organisations = Organisations
case-identifiers = Identifiers
case-links = Links with other authorities
case-no-links = No link so far.
case-sharing-explained = What is marked shared is compared with the other authorities' cases as keyed encodings; names, dates and numbers never leave this node in clear. What is kept at this node is never compared.
case-review-overdue-notice = The review date of this case has passed: it is no longer compared with other authorities' cases, and its links are withdrawn, until someone in its team reviews it and sets a new date.
case-closed-notice = This case is closed: it is no longer compared with other authorities' cases.

## Case form

case-new-title = New case
case-edit-title = Edit case
case-section-case = The case
case-form-hint =
    { $n ->
        [one] Dates as YYYY-MM-DD. If no review date is given, it is set one year after the opening; it can be at most one year from today.
       *[other] Dates as YYYY-MM-DD. If no review date is given, it is set { $n } years after the opening; it can be at most { $n } years from today.
    }
case-save = Save
row-add-person = Add a person
row-add-organisation = Add an organisation
row-add-identifier = Add an identifier
# $n (string): the row's number.
row-person = Person { $n }
row-organisation = Organisation { $n }
row-identifier = Identifier { $n }
identifier-form-hint = Phones in international form (+32…) or as dialled in this country; documents need their type and issuing country; vehicle plates their country; accounts their platform.

## Import

import-title = Import cases
import-explained = A CSV or JSON file of cases (format in docs/import.md). The whole file is checked first: either every case is saved, or none and you get the list of problems.
import-file = File
import-file-hint = .csv or .json, at most 64 MiB.
import-submit = Check and import
import-no-file = Choose a file.
import-bad-extension = The file's name must end in .csv or .json.
import-not-your-case = This reference is not available to you.
# $file (string): the file's name.
import-refused = { $file }: refused, nothing was saved
# $n (number)
import-problems =
    { $n ->
        [one] { $n } problem to fix:
       *[other] { $n } problems to fix:
    }
import-line = Line
import-field = Field
import-reason = Problem
import-done = { $file }: imported
import-created =
    { $n ->
        [one] { $n } case created
       *[other] { $n } cases created
    }
import-updated =
    { $n ->
        [one] { $n } case updated
       *[other] { $n } cases updated
    }
import-unchanged =
    { $n ->
        [one] { $n } case unchanged
       *[other] { $n } cases unchanged
    }

## Links

links-title = Links
link-title = Link
links-explained = A link means that a case of another authority concerns the same person, phone, document or account as one of your cases. You see on what it rests; the other authority sees the same of its side, never your data.
links-filter = Links by status
links-none = No link here.
links-unread = Unread messages
link-messages = Messages
link-messages-unread =
    { $n ->
        [one] { $n } unread
       *[other] { $n } unread
    }
link-status-new = New
link-status-seen = Seen
link-status-followed_up = Followed up
link-status-dismissed = Dismissed
link-retracted = Retracted
link-my-case = My case
link-other-authority = Other authority
link-other-case = Their case (token)
link-on = On
link-score = Strength
link-received = Received
link-reason = Reason for dismissal
# $authority (string): the other authority's code.
link-with = Link with { $authority }
link-retracted-notice = This link was retracted: one of the two cases changed, closed or stopped sharing what made it.
link-no-decision = This link is a hint, not a finding: compare the evidence and, if it holds, contact the other authority.
link-evidence = Evidence
link-evidence-explained = Which of your records matched one of theirs, on what kind of data and how strongly. Their records stay with them.
evidence-my-record = My record
evidence-strength = How strongly
evidence-detail = Detail
evidence-given = Given names
evidence-family = Family names
evidence-dob = Date of birth
evidence-swapped = Names matched crosswise (given with family)
evidence-place = Place of birth
evidence-variants = Names used (mine / theirs)
evidence-exact = Same value, exactly
variant-registered = name as registered
variant-other = alias or original script
similarity-missing = missing on one side
strength-exact = exact
strength-strong = strong
strength-good = good
strength-weak = weak
dob-same_day = same date
dob-same_month = same month and year (one side partial)
dob-same_year = same year (one side partial)
dob-one_digit_differs = one digit differs (possible typo)
dob-day_month_swapped = day and month swapped
dob-same_year_day_or_month_differs = same year, day or month differs
dob-year_differs = year differs
dob-different = different
dob-unknown = missing on one side
place-same = same place
place-different = different places
on-person = person
on-organisation = organisation
on-phone = phone
on-email = e-mail
on-identity_document = identity document
on-iban = IBAN
on-imei = IMEI
on-imsi = IMSI
on-ip_address = IP address
on-crypto_address = crypto-currency address
on-social_media = social-media account
on-vehicle_plate = vehicle plate
on-domain = domain name
link-handle = What to do with it
link-mark-followed-up = Mark as followed up
link-dismiss-reason = Reason for dismissing it
link-dismiss = Dismiss
link-reason-required = Say why the link is dismissed.
link-reopen = Back to the inbox

## Countries

country-BE = Belgium
country-FR = France
country-ES = Spain
country-MA = Morocco
country-NL = Netherlands
country-DE = Germany
country-IT = Italy
country-PT = Portugal

## Link graph

graph-title = Link graph
graph-desc = Your cases and the other authorities' cases they are linked with; thicker lines are stronger links, dashed lines retracted ones.
graph-explained = Each of your cases is joined to the cases of other authorities it is linked with, coloured by country. Select a case or a line to open it.
graph-legend-own = My case
graph-legend-retracted = Retracted link
# $case (string): the case's reference.
graph-own-case = My case { $case }

## Profile

profile-title = My profile
profile-role-explained = Your role decides what you can do here. You see only the cases of your teams.

## Users (administrators)

users-title = Users
users-action = Action
users-active = active
users-disabled = disabled
users-locked = locked
users-enable = Enable
users-disable = Disable
users-add = Add a user
users-add-submit = Create
users-password-hint = A temporary password: give it to the user by a separate channel; they choose their own at the first sign-in.
# $user (string)
users-created = { $user } was created

## First sign-in: the user's own password and second factor

enrol-title = Choose your password and second factor
enrol-explained = Your account was created or reset by an administrator. Choose your own password, then add this secret to your authenticator app and enter the code it shows. From then on, nobody else knows either.
enrol-secret = Secret for your authenticator app
enrol-uri = otpauth address (for a QR code)
field-new-password = New password
field-confirm-password = New password, again
enrol-submit = Save and sign in
enrol-passwords-differ = The two passwords differ.
enrol-password-short = The password must be at least 12 characters.
enrol-bad-code = This code does not match the secret above. Check the clock of your device and enter the current code.
users-enrol-next = At the first sign-in, the user chooses their own password and enrols their own second factor: you will know neither.

## Audit ledger (auditors)

nav-audit = Audit
audit-title = Audit ledger
audit-explained = Every sign-in, every read of case data, every change and every handling of a link is recorded here, in an append-only Merkle tree (RFC 9162). Signed tree heads let anyone who kept one prove later that nothing before it was rewritten.
audit-size = Entries
audit-root = Root hash
audit-verify = Sign a head and verify the whole ledger
# $n (number): how many entries were reread.
audit-verified = The ledger is intact. Entries reread: { $n }. Root:
audit-verify-problem = The ledger does not verify:
audit-cli = An overseer verifies with the command line, against a head they kept:
audit-heads = Signed tree heads
audit-no-heads = No signed head yet.
audit-at = Time
audit-entries = Latest entries
audit-actor = Who
audit-action = What
audit-target = On what
audit-purpose = Purpose
audit-detail = Detail

## Retention

field-decided-on = Date of the decision (judgment, acquittal, no prosecution)
case-kept-until = Kept until

## Reasons of refusal (src/reasons.rs). The domain crates write them in English;
## this file holds that English text exactly, so an English page shows what the
## crate wrote. Variables keep the text of the reason: values typed by the user
## ($value, $date, $ref…), dates, numbers, regions and lists of accepted values.
## $…_label variables are the interface's label of a stored value.

reason-required = is required
# $n (string): the length typed; $max (string): the most allowed.
reason-text-too-long = is too long ({ $n } characters, at most { $max })
reason-control-characters = contains control characters
reason-direction-control = contains a text-direction control character
reason-too-many-entries-counted = has too many entries ({ $n }, at most { $max })
reason-too-many-entries = has too many entries (at most { $max })
# $i (string): the entry's position; $reason (string): what is wrong with it, translated.
reason-list-entry = entry { $i }: { $reason }
reason-shared-not-yes-no = shared: '{ $value }' is not yes or no
reason-not-yes-no = '{ $value }' is not yes or no
reason-incomplete-record = incomplete record
reason-date-malformed = '{ $value }' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
# $month (string): the English month name; $month_label: the same month in this language.
reason-date-no-such-day = '{ $value }' is not a date: { $month } { $year } has no day { $day }
# $value (string): an English month name, from January to December.
reason-month = { $value }
reason-year-malformed = '{ $value }' is not a year
reason-year-out-of-range = year { $year } is out of range ({ $min }–{ $max })
reason-month-malformed = '{ $value }' is not a month
reason-month-unknown = month { $month } does not exist
reason-date-not-full = '{ $value }' is not a full date (expected YYYY-MM-DD)
# $expected (string): the accepted values, as they are typed.
reason-unknown-stage = '{ $value }' is not a known stage (expected one of: { $expected })
reason-unknown-status = '{ $value }' is not a known status (expected one of: { $expected })
reason-unknown-terrorism-type = '{ $value }' is not a known terrorism type (expected one of: { $expected })
reason-unknown-sex = '{ $value }' is not a known sex (expected one of: { $expected })
reason-unknown-identifier-type = '{ $value }' is not a known identifier type (expected one of: { $expected })
reason-unknown-document-type = '{ $value }' is not a known document type (expected one of: { $expected })
# $kind (string): the identifier type as stored (vehicle_plate); $kind_label: its label.
reason-required-for-kind = is required for a { $kind } identifier
reason-person-needs-name = a person needs a family name, a given name or a name in original script
reason-date-in-future = '{ $date }' is in the future
reason-ref-used-twice = '{ $ref }' is used by two subjects of this case
reason-subject-unknown = '{ $ref }' is not a person or organisation of this case
reason-before-opening = is before the opening date { $date }
reason-review-too-far-yearly = is after { $latest }: a case is reviewed here at least once a year, so its next review is due by then; it was { $date }
reason-review-too-far = is after { $latest }: a case is reviewed here at least every { $n } years, so its next review is due by then; it was { $date }
# $stage (string): the stage as stored (trial); $stage_label: its label.
reason-decision-date-stage = is only for a final judgment, an acquittal or a decision not to prosecute (the stage is { $stage }); it was { $date }
reason-too-long-max = is too long (at most { $max } characters)
reason-case-ref-characters = may hold only letters, digits, spaces and - _ / . :
reason-subject-ref-format = must be 1 to 32 ASCII letters, digits, '-', '_' or '.'
reason-username-length = must be 1 to 64 characters
reason-username-characters = may hold only a-z, 0-9, '.', '_' and '-'
reason-password-too-short = must be at least { $min } characters
reason-password-too-long = must be at most { $max } bytes
reason-file-too-large = is too large ({ $size } bytes, at most { $max })
reason-not-utf8 = is not valid UTF-8 text
reason-no-case = holds no case
# $line (string): the line of the file where the case first appears.
reason-case-repeated = case '{ $ref }' already appears at line { $line }
# $known (string): the columns of the format, comma-separated.
reason-csv-unknown-column = is not a known column (known: { $known })
reason-csv-missing-column = column is missing from the header
reason-csv-repeated-column = column appears twice in the header
reason-csv-record-required = is required (case, person, organisation or identifier)
reason-csv-record-unknown = '{ $value }' is not a record type (expected case, person, organisation or identifier)
# $record (string): the value of the row's record column (case, person…).
reason-csv-column-not-applicable = does not apply to a { $record } row
reason-csv-case-row-repeated = case '{ $ref }' already has a case row at line { $line }
reason-csv-no-case-row = no case row for '{ $ref }' in this file
# $cells (number): cells in the row; $columns (number): columns of the header.
reason-csv-cell-count = has { $cells } cells where the header has { $columns }
reason-csv-unreadable = cannot be read as CSV
reason-json-eof-list = EOF while parsing a list
reason-json-eof-object = EOF while parsing an object
reason-json-eof-string = EOF while parsing a string
reason-json-eof-value = EOF while parsing a value
reason-json-expected-colon = expected `:`
reason-json-expected-comma-or-bracket = expected `,` or `]`
reason-json-expected-comma-or-brace = expected `,` or `{ "}" }`
reason-json-expected-ident = expected ident
reason-json-expected-value = expected value
reason-json-expected-quote = expected `"`
reason-json-invalid-escape = invalid escape
reason-json-invalid-number = invalid number
reason-json-number-out-of-range = number out of range
reason-json-invalid-code-point = invalid unicode code point
reason-json-control-character = control character (\u0000-\u001F) found while parsing a string
reason-json-key-not-string = key must be a string
reason-json-lone-surrogate = lone leading surrogate in hex escape
reason-json-trailing-comma = trailing comma
reason-json-trailing-characters = trailing characters
reason-json-hex-escape-end = unexpected end of hex escape
reason-json-recursion-limit = recursion limit exceeded
# $found, $expected (string): JSON types (reason-part-… messages).
reason-json-invalid-type = invalid type: { $found }, expected { $expected }
# $field (string): a field name of the file; $expected (string): the accepted names.
reason-json-unknown-field-one-of = unknown field `{ $field }`, expected one of { $expected }
reason-json-unknown-field-none = unknown field `{ $field }`, there are no fields
reason-json-unknown-field = unknown field `{ $field }`, expected { $expected }
reason-json-missing-field = missing field `{ $field }`
reason-json-duplicate-field = duplicate field `{ $field }`
reason-json-no-variant = data did not match any variant of untagged enum { $name }
reason-ident-empty = is empty
# $char (string): the character, quoted as in '_' or '\u{202e}'.
reason-ident-bad-character = contains a character that is not allowed here: { $char }
# $found (number): characters counted; $expected (string): a reason-part-… message or a count.
reason-ident-bad-length = has { $found } characters where { $expected } are expected
# $check (string): the check's name (IBAN mod-97, IMEI Luhn, bech32…).
reason-ident-checksum = fails its { $check } check, so it was probably mistyped
# $code (string): the code, in double quotes.
reason-ident-unknown-country = { $code } is not an ISO 3166-1 country code
reason-country-format = must be a two-letter ISO 3166-1 country code, such as MA or FR
reason-crypto-unknown-prefix = has an unknown chain prefix (known: btc, ltc, eth, trx)
# $chain, $claimed (string): Bitcoin, Litecoin, Ethereum or Tron.
reason-crypto-prefix-mismatch = is a { $chain } address, but its prefix says { $claimed }
reason-crypto-bech32 = is not a valid bech32 address (mixed case, or a character outside its alphabet)
reason-crypto-segwit = is not a valid segwit address (witness version or length)
reason-crypto-testnet = is a test-network address, not a real one
reason-crypto-unrecognised = is not a recognised crypto-currency address (Bitcoin, Litecoin, Ethereum or Tron)
reason-crypto-version-byte = has a base58check version byte of no supported chain
reason-imsi-mcc = must start with a mobile country code (MCC), which never begins with 0
reason-iban-country-code = must start with a two-letter country code, such as MA or FR
reason-iban-no-iban = country { $code } does not issue IBANs
reason-iban-check-digits = must have two check digits after the country code
reason-domain-url = looks like a URL; give only the domain name, such as example.org
reason-domain-email = looks like an e-mail address; give only the domain name
reason-domain-idna = is not a valid internationalised domain name (IDNA)
reason-domain-two-labels = must have at least two labels, such as example.org
reason-domain-empty-label = has an empty label (two dots in a row)
reason-domain-long-label = has a label longer than 63 characters
reason-domain-hyphen = has a label that begins or ends with a hyphen
reason-domain-ip = is an IP address, not a domain name
reason-domain-numeric-tld = has an all-numeric top-level label
reason-email-no-at = must contain an @
reason-email-several-at = must contain only one @
reason-email-nothing-before = has nothing before the @
reason-email-nothing-after = has nothing after the @
reason-email-misplaced-dot = has a misplaced dot before the @ (at an end, or two in a row)
reason-email-local-too-long = has more than 64 characters before the @
reason-ip-cidr = must be a single address, without a prefix length (CIDR)
reason-ip-zone = must not include a zone index (the part after %)
reason-ip-port = must not include a port
reason-ip-invalid = is not a valid IPv4 or IPv6 address
reason-phone-no-region = must start with + or 00 and the country code when no region is given
reason-phone-calling-code = has an unknown country calling code
reason-phone-too-short = is too short to be a phone number
reason-phone-too-long = is too long to be a phone number
reason-phone-invalid = is not a phone number
# $region (string): a country code (BE, MA…).
reason-phone-invalid-for-region = is not a valid number for region { $region }
reason-phone-invalid-international = is not a valid international number
reason-phone-no-plan = region { $region } has no telephone numbering plan
# $letter (string): the Arabic letter, in quotes.
reason-plate-arabic-letter = has the Arabic letter { $letter }, which is not one of the Moroccan series letters (أ ب د ه و ط ي); type the plate as its Latin form reads
reason-social-unknown-platform = names an unknown platform; use x, facebook, instagram, telegram, tiktok, youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk or other
# $platform (string): the platform's name (Instagram, Telegram…).
reason-social-other-site = is a link to another site, not to a { $platform } account
reason-social-signal-link = is a Signal link, which cannot be read; give the username or the phone number
reason-social-not-account = is a link to { $platform }, but not to an account
reason-social-discord-tag = is an old Discord tag (name#1234), which is no longer unique; give the current username or the numeric user id
reason-social-letter-first = must start with a letter ({ $platform } username)
reason-social-signal-username = must be a Signal username such as name.01 (a name, a dot and at least two digits)
reason-social-youtube-channel = is not a YouTube channel id (UC and 22 letters, digits, '_' or '-')
# $user (string): a username.
reason-team-not-member = '{ $user }' is not a prosecutor, clerk or validator of this node
reason-team-must-include-you = must include you ({ $user })
reason-reference-taken = is not available: another case has it
# $version (string): the case's current version number.
reason-version-conflict = the case was changed by someone else since you opened this form (now version { $version }); open it again to see their changes, then make yours
# Fragments inside the reasons above.
reason-part-digits-range = { $min } to { $max } digits
reason-part-digits-either = { $a } or { $b } digits
reason-part-hex-after-0x = { $n } hexadecimal digits after 0x
reason-part-at-most = at most { $max }
reason-part-range-platform = { $min } to { $max } ({ $platform })
reason-part-range = { $min } to { $max }
reason-part-eip55 = EIP-55 mixed-case
reason-part-string-type = a string
reason-part-sequence = a sequence
reason-part-sequence-found = sequence
reason-part-map = map
reason-part-struct = struct { $name }
# $value (string): the value as the file wrote it, in quotes.
reason-part-integer = integer { $value }
reason-part-float = floating point { $value }
reason-part-boolean = boolean { $value }
reason-part-string = string { $value }

# The purpose of reading a case (SPEC §7)
purpose-title = Why are you opening this case?
purpose-explained = Case { $case } holds personal data. Every reading is recorded in the audit ledger with its purpose. Your answer holds for this case until you sign out.
purpose-legend = Purpose of the consultation
purpose-investigation = Work on this investigation or prosecution
purpose-review = Periodic review of the case
purpose-link_follow_up = Following up a link with another authority’s case
purpose-cooperation = A request from another authority or a provider
purpose-data_protection = A data-protection request or check
purpose-other = Other (say which below)
purpose-detail = Details (required for “Other”)
purpose-recorded = The purpose, your name and the time go into the audit ledger, which data-protection overseers can check.
purpose-continue = Open the case
purpose-cancel = Back to the cases
purpose-stated = Purpose stated: { $purpose }
purpose-change = Change
reason-purpose-other-detail = is required when the purpose is 'other'
reason-not-one-of = '{ $value }' is not one of { $list }

# Messages between authorities about a link (SPEC §5)
messages-title = Messages with the other authority
messages-explained = Messages about this link go to { $authority } only, end-to-end encrypted: the hub relays them without being able to read them. Each is signed by its authority, and the signature is checked against the federation’s directory.
messages-none = No message yet.
messages-bytes = bytes
messages-read-by = Read by { $name }
messages-delivered = Delivered, not read yet
messages-pending = Waiting to be delivered
messages-signature-bad = The signature does not hold:
messages-signed-by = Signed by { $authority }, checked against the directory
messages-write = Write to { $authority }
messages-attach = Attachments (at most 5, 16 MB in all)
messages-sealed = Sealed here for the other authority alone; your name and the time are sent with it, and the sending is recorded in the audit ledger.
messages-send = Send

# Orders to providers (SPEC §6)
nav-orders = Orders
case-new-order = New order to a provider
orders-title = Orders to providers
orders-explained = Disclosure and preservation orders of your teams' cases, the most urgent first. Each is validated by a second person, signed by this office and sealed for the provider alone.
orders-new-hint = To write an order, open its case and choose “New order to a provider”.
orders-none = No order yet.
order-title = Order
order-new-title = New order
order-print-title = Order certificate
order-reference = Reference
order-case = Case
order-provider = Provider
order-provider-state = Provider's State (where established or represented)
order-urgency = Urgency
order-deadline = Deadline
order-framework = Legal framework
order-type = Type of order
order-categories = Categories of data
order-targets = Targets
order-target = Target { $n }
order-period = Period
order-from = From
order-to = To
order-offence = Offence
order-max-penalty = Maximum penalty (years)
order-max-penalty-years = maximum { $n } years
order-terrorism = A terrorist offence (Directive (EU) 2017/541)
order-terrorism-short = terrorist offence
order-necessity = Necessity and proportionality
order-confidential = The provider must not inform the person concerned
order-not-confidential = The provider may inform the person concerned
order-domestic = The offence was committed, and the person lives, in our State
order-mla-reference = Mutual assistance decision (for an order under it)
order-file-reference = File number
order-language = Language of the certificate for the provider
order-no-capacity = Your account has no capacity to issue orders recorded: an administrator sets it (prosecutor or judge).
order-form-explained = The legal framework decides who may order which data, the deadlines and the notifications; the form says what is missing.
order-form-after = Saved as a draft. Unless it is an emergency order for subscriber or identification data only, a second person validates it before it can be sent.
order-save-draft = Save the draft
order-section-basis = Legal basis
order-section-provider = Provider
order-section-data = Data
order-section-grounds = Grounds
order-notification = Notification of the provider's State
order-notification-required = Required: the authority of { $state } is notified (e-Evidence, Art. 8)
order-notification-none = Not required
order-validation = Validation
order-needs-judge = Needs the validation of a judge before it is sent
order-needs-validation = Needs validation by a second person before it is sent
order-may-post-validate = Emergency: may be sent first, validated within 48 hours
order-validation-due = validation due by { $at }, or the order is withdrawn
order-not-received = not received yet
order-time-left = { $hours } h { $minutes } min left
order-overdue-by = overdue by { $hours } h { $minutes } min
order-answered-on-time = answered on time
order-answered-late = answered late
order-objection = The provider's objection
order-package = The provider's data package
order-package-hash = Sealed for this office alone; SHA-256 { $hash }, acknowledged by a signed receipt.
order-refused-by-provider = Refused by the provider
order-actions = What to do with it
order-validate = Validate
order-send = Sign and send
order-send-explained = Signed with this office's key and sealed for the provider alone; it is sent once and cannot be sent again.
order-withdraw = Withdraw
order-withdraw-why = Reason for withdrawing it
order-timeline = Timeline
order-when = When
order-step = Step
order-who = Who
order-detail = Detail
order-print = Print view
order-certificate-production = European Production Order Certificate
order-certificate-preservation = European Preservation Order Certificate
order-print-explained = Laid out like the e-Evidence certificates (Regulation (EU) 2023/1543, Annexes I and II), in the language the provider chose.
order-print-addressee = Addressee
order-print-issuer = Issuing authority
order-print-validation = Validating authority
order-print-no-validation = Emergency order sent before validation.
order-print-draft = Not sent yet: draft.
order-print-urgency = Urgency and legal basis
order-print-data = Data requested
order-print-offence = Offence
order-print-confidentiality = Confidentiality and notification
order-print-signature = Signature
order-print-signed = Signed by { $authority } with its key in the federation's directory; letter
urgency-emergency = Emergency (8 hours)
urgency-standard = Standard
framework-e_evidence = e-Evidence Regulation (EU) 2023/1543
framework-budapest = Budapest Convention, Second Protocol (Art. 7)
framework-mla = Bilateral mutual legal assistance
framework-national = National law
order-type-production = Production (disclose the data)
order-type-preservation = Preservation (keep the data)
category-subscriber = Subscriber data
category-identification = Data to identify the user (IP address)
category-traffic = Traffic data
category-content = Content data
capacity-prosecutor = prosecutor
capacity-judge = judge
order-status-draft = Draft
order-status-validated = Validated
order-status-sent = Sent
order-status-received = Received
order-status-acknowledged = Acknowledged
order-status-fulfilled = Fulfilled
order-status-objected = Objected
order-status-closed = Closed
order-status-withdrawn = Withdrawn
order-status-refused = Refused
order-step-drafted = Drafted
order-step-validated = Validated
order-step-sent = Signed and sent
order-step-received = Received by the provider
order-step-acknowledged = Acknowledged
order-step-fulfilled = Fulfilled
order-step-objected = Objected
order-step-refused = Refused by the provider
order-step-withdrawn = Withdrawn
order-step-overdue = Overdue, escalated
order-step-package_refused = Data package refused
order-step-package_receipt = Receipt of the package
orders-overdue-notice =
    { $n ->
        [one] { $n } order is past its deadline without an answer: it is listed first.
       *[other] { $n } orders are past their deadline without an answer: they are listed first.
    }
order-preserved = The provider keeps the data
order-preserved-until = Kept until { $at }, for a later production order.
order-extend = Extend the preservation by 30 days (once)
order-step-preserved = Data preserved
order-step-extended = Preservation extended

# The provider's portal (SPEC §6)
nav-received = Orders received
received-title = Orders received
received-order-title = Order received
received-explained = The orders sent to this provider. Each was checked on arrival: signed by a prosecution authority of the federation’s directory, validated where the rules require it, allowed under its legal framework, not expired, not received before.
received-none = No order received.
received-from = From
received-verdict = Checks
received-verified-short = verified
received-refused-short = refused
received-verified = VERIFIED: you may answer this order.
received-verified-explained = Signed by { $authority } with the key the federation’s directory lists for it, unchanged since; validated where the rules require it; allowed under its legal framework; not expired; not seen before.
received-refused = REFUSED: do not answer this order. The issuing authority has been told why:
received-answer = Our answer
received-acknowledge = Acknowledge
received-preserve = Data preserved
received-package = Files of the data package
received-package-explained = Sealed here for the issuing authority alone, with their SHA-256; its signed receipt of that hash comes back.
received-fulfil = Send the data package
received-grounds = Grounds for objecting
received-object = Object

# Reasons of orders (SPEC §6)
reason-order-signer-not-authority = it is signed by { $signer }, which is not a prosecution authority of the directory
reason-order-issuer-mismatch = it names { $issuer } as issuer but was signed by { $signer }
reason-order-not-for-me = it is addressed to { $to }, not to { $me }
reason-order-replayed = this order ({ $id }) was already received on { $at }: a second copy is not a new order
reason-order-expired = it expired on { $at } (issued { $issued }, to be received within its response period)
reason-order-not-validated = it needs validation by a second person before it is sent, and none is recorded
reason-order-validated-by-issuer = it was validated by its own issuer ({ $name }): validation is by a second person
reason-order-capacity-mismatch = the order says it is issued by a { $a }, its signatory is a { $b }
reason-order-reference-reused = { $reference } already named another order of { $from }: one reference, one order
reason-order-not-eevidence-state = { $state } is not bound by the e-Evidence Regulation (the EU Member States but Denmark)
reason-order-eevidence-same-state = is the issuing State { $state }: the e-Evidence Regulation is for providers in another Member State; use national law
reason-order-eevidence-from = the e-Evidence Regulation applies from { $date }
reason-order-threshold = traffic and content data may be ordered under e-Evidence only for offences punishable by at least 3 years, or terrorist offences (Art. 5(4))
reason-order-budapest-category = { $category } data cannot be ordered directly from a provider under the Second Protocol, which allows subscriber information only (Art. 7); ask through mutual assistance
reason-order-budapest-emergency = the Second Protocol has no emergency order to providers: emergency disclosure goes authority to authority (Art. 9-10)
reason-order-budapest-same-state = is the issuing State { $state }: the Second Protocol is for providers in another Party; use national law
reason-order-mla-reference = is required: an order under mutual assistance executes a request the provider's State granted
reason-order-national-state = is { $provider }, not the issuing State { $state }: national law reaches providers established in the issuing State
reason-order-needs-judge = { $category } data need an order issued or validated by a judge under { $framework }; a prosecutor may order subscriber and identification data
reason-order-member-code = '{ $value }' is not a member code (like PROV-TELCO)
reason-order-years = '{ $value }' is not a number of years (0 to 99)
reason-order-no-target = at least one target identifier is required
reason-order-no-category = at least one category of data is required
reason-order-before-start = is before the start of the period { $date }
reason-order-to-future = '{ $date }' is in the future: an order asks for data that exist
reason-order-changed = the order was changed by someone else meanwhile; open it again
reason-order-drafter-capacity = capacity: the order says { $a }, the drafter acts as { $b }
reason-order-second-person = an order is validated by a second person, not by whoever drafted or sent it
reason-order-validated-already = the order is validated already
reason-order-no-capacity-validate = you have no capacity recorded to validate orders
reason-order-no-capacity-issue = you have no capacity recorded to issue orders
reason-order-issuer-capacity = the order is issued by a { $a }, you act as { $b }
reason-order-validator-issues = the person who validated the order cannot also issue it
reason-order-preserve-not-fulfil = a preservation order is answered by keeping the data (preserve), not by disclosing it
reason-order-preserve-only = only a preservation order is answered by preserving
reason-order-no-file = file: a data package needs at least one file
reason-order-step = an order that is { $status } cannot be { $step }
reason-order-validate-first = it must be validated by a second person before it is sent
reason-order-extend-preservation-only = only a preservation order is extended
reason-order-extend-once = a preservation order is extended once only
reason-order-not-received-yet = the provider has not received it yet
reason-order-preservation-ended = its preservation period ended on { $date }
reason-field = { $field }: { $reason }
