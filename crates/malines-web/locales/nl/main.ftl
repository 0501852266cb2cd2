## Webinterface van Malines: Nederlands. Engels is de referentietaal: elk
## bericht van locales/en/main.ftl moet hier bestaan, en geen ander
## (anders falen de tests van src/i18n.rs).

app-name = Malines
skip-to-content = Naar de inhoud
footer-safeguards = Koppelingen zijn aanwijzingen die een persoon moet beoordelen, nooit beslissingen. Persoonsgegevens verlaten dit knooppunt nooit in leesbare vorm.
back-home = Terug naar de startpagina
cancel = Annuleren
none = Geen
percent = { $value }%

## Navigatie

nav-label = Hoofdmenu
nav-cases = Dossiers
nav-links = Koppelingen
nav-graph = Koppelingsgrafiek
nav-import = Importeren
nav-users = Gebruikers
nav-sign-out = Afmelden
language = Taal
language-apply = Wijzigen

## Aanmelden

sign-in-title = Aanmelden
sign-in-submit = Doorgaan
sign-in-hint = Na uw wachtwoord wordt u gevraagd om de 6-cijferige code van uw authenticatie-app.
sign-in-refused = Onjuiste gebruikersnaam of onjuist wachtwoord.
sign-in-locked = Dit account is vergrendeld na herhaalde mislukte pogingen. Probeer het later opnieuw of neem contact op met uw beheerder.
field-username = Gebruikersnaam
field-password = Wachtwoord
totp-title = Tweede factor
field-totp = Code uit uw authenticatie-app
totp-hint = Zes cijfers; een code kan maar één keer worden gebruikt.
totp-submit = Aanmelden
totp-refused = Deze code is niet geldig. Voer de huidige code in.

## Fouten

error-title = Er is iets misgegaan
error-sign-in = Meld u aan.
error-forbidden = Uw rol geeft geen toegang tot deze pagina.
error-not-found = Er is hier niets, of het behoort niet tot uw dossiers.
error-csrf = Dit formulier is verlopen of komt niet van deze site. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-bad-request = Het verzoek is geweigerd.
error-internal = Er is een interne fout opgetreden. Die is gelogd; probeer het opnieuw of neem contact op met uw beheerder.
# $field (tekenreeks): het label van het veld, al vertaald.
error-field-required = { $field } is verplicht
# $n (getal): hoeveel fouten het formulier bevat.
form-errors =
    { $n ->
        [one] Het formulier bevat { $n } fout. Er is niets opgeslagen.
       *[other] Het formulier bevat { $n } fouten. Er is niets opgeslagen.
    }

## Rollen

role-prosecutor = Parketmagistraat
role-clerk = Griffier
role-validator = Validerend magistraat
role-auditor = Auditor gegevensbescherming
role-admin = Beheerder
role-responder = Antwoordteam

## Lijst van dossiers

cases-title = Dossiers
case-title = Dossier
cases-filter = Dossiers filteren
cases-search = Referentie of titel
cases-review-due = Herziening binnen 90 dagen
cases-none = Geen enkel dossier voldoet. Alleen de dossiers van uw teams worden getoond.
cases-subjects = Betrokkenen
cases-identifiers = Identificatiegegevens
# $n (getal): hoeveel dossiers er getoond worden.
cases-count =
    { $n ->
        [one] { $n } dossier
       *[other] { $n } dossiers
    }
filter-any = Om het even
filter-all = Alle
filter-none = —
filter-apply = Toepassen
review-overdue = herziening verstreken
case-new = Nieuw dossier

## Velden van het dossier

field-reference = Referentie
field-title = Titel
field-stage = Stadium van de procedure
field-status = Status
field-terrorism-type = Soort terrorisme
field-offences = Strafbare feiten (één per regel)
field-legal-qualification = Juridische kwalificatie
field-group = Groepsaffiliatie
field-opened-on = Geopend op
field-review-due = Herziening uiterlijk op
field-team = Team (gebruikersnamen)
field-ref = Ref.
field-name = Naam
field-family-names = Familienamen
field-given-names = Voornamen
field-original-script = Naam in het oorspronkelijke schrift
field-aliases = Aliassen (gescheiden door ;)
field-birth-date = Geboortedatum
field-place-of-birth = Geboorteplaats
field-nationalities = Nationaliteiten
field-sex = Geslacht
field-residence = Verblijfplaats
field-shared = Gedeeld
field-shared-with-hub = Delen voor koppeling
field-identifier-type = Soort
field-value = Waarde
field-subject = Betrokkene
field-subject-ref = Betrokkene (ref.)
field-doc-type = Soort document
field-country = Land
field-platform = Platform
field-role = Rol
field-display-name = Volledige naam

stage-investigation = Opsporings- of gerechtelijk onderzoek
stage-prosecution = Vervolging
stage-trial = Terechtzitting
stage-final_judgment = Definitieve beslissing
stage-acquittal = Vrijspraak
stage-not_prosecuted = Seponering
status-open = Open
status-closed = Afgesloten
terrorism-jihadist = Jihadistisch
terrorism-ethno_nationalist_separatist = Etnisch-nationalistisch en separatistisch
terrorism-left_wing_anarchist = Links-extremistisch en anarchistisch
terrorism-right_wing = Rechts-extremistisch
terrorism-single_issue = Gericht op één thema (single-issue)
terrorism-other = Overig
terrorism-unspecified = Niet gespecificeerd
sex-f = Vrouwelijk
sex-m = Mannelijk
sex-x = Onbekend
doc-passport = Paspoort
doc-national_id = Nationale identiteitskaart
doc-residence_permit = Verblijfsvergunning
doc-driving_licence = Rijbewijs
doc-other = Ander document
kind-phone = Telefoon
kind-email = E-mail
kind-identity_document = Identiteitsdocument
kind-iban = IBAN
kind-imei = IMEI
kind-imsi = IMSI
kind-ip_address = IP-adres
kind-crypto_address = Cryptovaluta-adres
kind-social_media = Socialemedia-account
kind-vehicle_plate = Nummerplaat
kind-domain = Domeinnaam
shared-yes = gedeeld
shared-no = bewaard op dit knooppunt

## Dossierpagina

case-edit = Bewerken
case-version = Versie
case-persons = Personen
case-organisations = Organisaties
case-identifiers = Identificatiegegevens
case-links = Koppelingen met andere autoriteiten
case-no-links = Nog geen koppeling.
case-sharing-explained = Wat als gedeeld is gemarkeerd, wordt met de dossiers van de andere autoriteiten vergeleken in de vorm van met een sleutel gecodeerde waarden; namen, datums en nummers verlaten dit knooppunt nooit in leesbare vorm. Wat op dit knooppunt bewaard blijft, wordt nooit vergeleken.
case-review-overdue-notice = De herzieningsdatum van dit dossier is verstreken: het wordt niet meer vergeleken met dossiers van andere autoriteiten en zijn koppelingen worden ingetrokken, tot een lid van het team het herziet en een nieuwe datum vastlegt.
case-closed-notice = Dit dossier is afgesloten: het wordt niet meer vergeleken met de dossiers van andere autoriteiten.

## Dossierformulier

case-new-title = Nieuw dossier
case-edit-title = Dossier bewerken
case-section-case = Het dossier
case-form-hint =
    { $n ->
        [one] Datums als JJJJ-MM-DD. Als er geen herzieningsdatum wordt opgegeven, wordt die vastgesteld op één jaar na de opening; ze ligt hoogstens één jaar na vandaag.
       *[other] Datums als JJJJ-MM-DD. Als er geen herzieningsdatum wordt opgegeven, wordt die vastgesteld op { $n } jaar na de opening; ze ligt hoogstens { $n } jaar na vandaag.
    }
case-save = Opslaan
row-add-person = Een persoon toevoegen
row-add-organisation = Een organisatie toevoegen
row-add-identifier = Een identificatiegegeven toevoegen
# $n (tekenreeks): het nummer van de rij.
row-person = Persoon { $n }
row-organisation = Organisatie { $n }
row-identifier = Identificatiegegeven { $n }
identifier-form-hint = Telefoonnummers in internationale vorm (+32…) of zoals ze in dit land worden gevormd; documenten met hun soort en land van afgifte; nummerplaten met hun land; accounts met hun platform.

## Importeren

import-title = Dossiers importeren
import-explained = Een CSV- of JSON-bestand met dossiers (formaat beschreven in docs/import.md). Eerst wordt het hele bestand gecontroleerd: ofwel worden alle dossiers opgeslagen, ofwel geen enkel en krijgt u de lijst met problemen.
import-file = Bestand
import-file-hint = .csv of .json, maximaal 64 MiB.
import-submit = Controleren en importeren
import-no-file = Kies een bestand.
import-bad-extension = De bestandsnaam moet eindigen op .csv of .json.
import-not-your-case = Deze referentie is voor u niet beschikbaar.
# $file (tekenreeks): de naam van het bestand.
import-refused = { $file }: geweigerd, er is niets opgeslagen
# $n (getal)
import-problems =
    { $n ->
        [one] { $n } probleem op te lossen:
       *[other] { $n } problemen op te lossen:
    }
import-line = Regel
import-field = Veld
import-reason = Probleem
import-done = { $file }: geïmporteerd
import-created =
    { $n ->
        [one] { $n } dossier aangemaakt
       *[other] { $n } dossiers aangemaakt
    }
import-updated =
    { $n ->
        [one] { $n } dossier bijgewerkt
       *[other] { $n } dossiers bijgewerkt
    }
import-unchanged =
    { $n ->
        [one] { $n } dossier ongewijzigd
       *[other] { $n } dossiers ongewijzigd
    }

## Koppelingen

links-title = Koppelingen
link-title = Koppeling
links-explained = Een koppeling betekent dat een dossier van een andere autoriteit betrekking heeft op dezelfde persoon, hetzelfde telefoonnummer, document of account als een van uw dossiers. U ziet waarop ze berust; de andere autoriteit ziet hetzelfde aan haar kant, nooit uw gegevens.
links-filter = Koppelingen per status
links-none = Hier is geen koppeling.
links-unread = Ongelezen berichten
link-messages = Berichten
link-messages-unread =
    { $n ->
        [one] { $n } ongelezen
       *[other] { $n } ongelezen
    }
link-status-new = Nieuw
link-status-seen = Gezien
link-status-followed_up = Opgevolgd
link-status-dismissed = Afgewezen
link-retracted = Ingetrokken
link-my-case = Mijn dossier
link-other-authority = Andere autoriteit
link-other-case = Dossier van de andere autoriteit (token)
link-on = Op basis van
link-score = Sterkte
link-received = Ontvangen
link-reason = Reden van afwijzing
# $authority (tekenreeks): de code van de andere autoriteit.
link-with = Koppeling met { $authority }
link-retracted-notice = Deze koppeling is ingetrokken: een van beide dossiers is gewijzigd of afgesloten, of deelt niet langer wat de koppeling tot stand bracht.
link-no-decision = Deze koppeling is een aanwijzing, geen vaststelling: vergelijk de elementen en neem, als ze standhouden, contact op met de andere autoriteit.
link-evidence = Overeenkomende elementen
link-evidence-explained = Welke van uw gegevens overeenkwamen met gegevens van de andere autoriteit, op welk soort gegevens en hoe sterk. Haar gegevens blijven bij haar.
evidence-my-record = Mijn registratie
evidence-strength = Hoe sterk
evidence-detail = Detail
evidence-given = Voornamen
evidence-family = Familienamen
evidence-dob = Geboortedatum
evidence-swapped = Namen kruiselings overeenkomend (voornaam met familienaam)
evidence-place = Geboorteplaats
evidence-variants = Gebruikte namen (bij mij / bij de andere autoriteit)
evidence-exact = Dezelfde waarde, exact
variant-registered = naam zoals geregistreerd
variant-other = alias of oorspronkelijk schrift
similarity-missing = ontbreekt aan één kant
strength-exact = exact
strength-strong = sterk
strength-good = goed
strength-weak = zwak
dob-same_day = dezelfde datum
dob-same_month = dezelfde maand en hetzelfde jaar (aan één kant onvolledig)
dob-same_year = hetzelfde jaar (aan één kant onvolledig)
dob-one_digit_differs = één cijfer verschilt (mogelijke tikfout)
dob-day_month_swapped = dag en maand verwisseld
dob-same_year_day_or_month_differs = hetzelfde jaar, dag of maand verschilt
dob-year_differs = jaar verschilt
dob-different = verschillend
dob-unknown = ontbreekt aan één kant
place-same = dezelfde plaats
place-different = verschillende plaatsen
on-person = persoon
on-organisation = organisatie
on-phone = telefoon
on-email = e-mail
on-identity_document = identiteitsdocument
on-iban = IBAN
on-imei = IMEI
on-imsi = IMSI
on-ip_address = IP-adres
on-crypto_address = cryptovaluta-adres
on-social_media = socialemedia-account
on-vehicle_plate = nummerplaat
on-domain = domeinnaam
link-handle = Wat ermee te doen
link-mark-followed-up = Markeren als opgevolgd
link-dismiss-reason = Reden om ze af te wijzen
link-dismiss = Afwijzen
link-reason-required = Geef aan waarom de koppeling wordt afgewezen.
link-reopen = Terugzetten in de inbox

## Landen

country-BE = België
country-FR = Frankrijk
country-ES = Spanje
country-MA = Marokko
country-NL = Nederland
country-DE = Duitsland
country-IT = Italië
country-PT = Portugal

## Koppelingsgrafiek

graph-title = Koppelingsgrafiek
graph-desc = Uw dossiers en de dossiers van andere autoriteiten waarmee ze gekoppeld zijn; dikkere lijnen zijn sterkere koppelingen, stippellijnen ingetrokken koppelingen.
graph-explained = Elk van uw dossiers is verbonden met de dossiers van andere autoriteiten waarmee het gekoppeld is, gekleurd per land. Selecteer een dossier of een lijn om het te openen.
graph-legend-own = Mijn dossier
graph-legend-retracted = Ingetrokken koppeling
# $case (tekenreeks): de referentie van het dossier.
graph-own-case = Mijn dossier { $case }

## Profiel

profile-title = Mijn profiel
profile-role-explained = Uw rol bepaalt wat u hier kunt doen. U ziet alleen de dossiers van uw teams.

## Gebruikers (beheerders)

users-title = Gebruikers
users-action = Actie
users-active = actief
users-disabled = uitgeschakeld
users-locked = vergrendeld
users-enable = Inschakelen
users-disable = Uitschakelen
users-add = Een gebruiker toevoegen
users-add-submit = Aanmaken
users-password-hint = Tijdelijk wachtwoord: bezorg het de gebruiker via een ander kanaal; bij de eerste aanmelding kiest die een eigen wachtwoord.
# $user (tekenreeks)
users-created = Account { $user } is aangemaakt

## Enrolment

enrol-title = Kies uw wachtwoord en uw tweede factor
enrol-explained = Uw account is aangemaakt of hersteld door een beheerder. Kies uw eigen wachtwoord, voeg dit geheim toe aan uw authenticatie-app en voer de code in die ze toont. Daarna kent niemand anders een van beide.
enrol-secret = Geheim voor uw authenticatie-app
enrol-uri = otpauth-adres (voor een QR-code)
field-new-password = Nieuw wachtwoord
field-confirm-password = Nieuw wachtwoord, nogmaals
enrol-submit = Opslaan en aanmelden
enrol-passwords-differ = De twee wachtwoorden verschillen.
enrol-password-short = Het wachtwoord moet minstens 12 tekens lang zijn.
enrol-bad-code = Deze code past niet bij het geheim hierboven. Controleer de klok van uw toestel en voer de huidige code in.
users-enrol-next = Bij de eerste aanmelding kiest de gebruiker een eigen wachtwoord en registreert een eigen tweede factor: u kent geen van beide.

## Audit

nav-audit = Audit
audit-title = Auditlogboek
audit-explained = Elke aanmelding, elke lezing van dossiergegevens, elke wijziging en elke behandeling van een koppeling wordt hier vastgelegd, in een Merkle-boom waaraan alleen kan worden toegevoegd (RFC 9162). Met ondertekende boomhoofden kan wie er een bewaarde later bewijzen dat niets daarvoor werd herschreven.
audit-size = Vermeldingen
audit-root = Root-hash
audit-verify = Een hoofd ondertekenen en het hele logboek controleren
audit-verified = Het logboek is intact. Herlezen vermeldingen: { $n }. Root:
audit-verify-problem = Het logboek klopt niet:
audit-cli = Een toezichthouder controleert via de opdrachtregel, aan de hand van een bewaard hoofd:
audit-heads = Ondertekende boomhoofden
audit-no-heads = Nog geen ondertekend hoofd.
audit-at = Tijdstip
audit-entries = Laatste vermeldingen
audit-actor = Wie
audit-action = Wat
audit-target = Waarop
audit-purpose = Doel
audit-detail = Detail

## Retention

field-decided-on = Datum van de beslissing (vonnis, vrijspraak, seponering)
case-kept-until = Bewaard tot

## Redenen van weigering (src/reasons.rs). De domeincrates schrijven ze in het
## Engels; deze berichten vertalen ze. De variabelen behouden de tekst van de
## reden: door de gebruiker ingevoerde waarden ($value, $date, $ref…), datums,
## getallen, regio’s en lijsten van toegestane waarden, ongewijzigd.
## De variabelen $…_label zijn het label van de interface voor een opgeslagen waarde.

reason-required = is verplicht
# $n (tekst): de ingevoerde lengte; $max (tekst): het toegestane maximum.
reason-text-too-long = is te lang ({ $n } tekens, maximaal { $max })
reason-control-characters = bevat stuurtekens
reason-direction-control = bevat een stuurteken voor de tekstrichting
reason-too-many-entries-counted = bevat te veel items ({ $n }, maximaal { $max })
reason-too-many-entries = bevat te veel items (maximaal { $max })
# $i (tekst): de positie van het item; $reason (tekst): de reden, al vertaald.
reason-list-entry = item { $i }: { $reason }
reason-shared-not-yes-no = shared: ‘{ $value }’ is geen ja of nee
reason-not-yes-no = ‘{ $value }’ is geen ja of nee
reason-incomplete-record = onvolledig record
reason-date-malformed = ‘{ $value }’ is geen datum (verwacht: JJJJ, JJJJ-MM of JJJJ-MM-DD)
# $month (tekst): de Engelse naam van de maand; $month_label: dezelfde maand in het Nederlands.
reason-date-no-such-day = ‘{ $value }’ is geen datum: { $day } { $month_label } { $year } bestaat niet
# $value (tekst): de Engelse naam van een maand, van January tot December.
reason-month =
    { $value ->
        [January] januari
        [February] februari
        [March] maart
        [April] april
        [May] mei
        [June] juni
        [July] juli
        [August] augustus
        [September] september
        [October] oktober
        [November] november
        [December] december
       *[other] { $value }
    }
reason-year-malformed = ‘{ $value }’ is geen jaartal
reason-year-out-of-range = het jaar { $year } valt buiten de toegestane periode ({ $min }–{ $max })
reason-month-malformed = ‘{ $value }’ is geen maand
reason-month-unknown = maand { $month } bestaat niet
reason-date-not-full = ‘{ $value }’ is geen volledige datum (verwacht: JJJJ-MM-DD)
# $expected (tekst): de toegestane waarden, zoals ze worden ingevoerd.
reason-unknown-stage = ‘{ $value }’ is geen bekend stadium van de procedure (toegestane waarden: { $expected })
reason-unknown-status = ‘{ $value }’ is geen bekende status (toegestane waarden: { $expected })
reason-unknown-terrorism-type = ‘{ $value }’ is geen bekende soort terrorisme (toegestane waarden: { $expected })
reason-unknown-sex = ‘{ $value }’ is geen bekende waarde voor geslacht (toegestane waarden: { $expected })
reason-unknown-identifier-type = ‘{ $value }’ is geen bekende soort identificatiegegeven (toegestane waarden: { $expected })
reason-unknown-document-type = ‘{ $value }’ is geen bekende soort document (toegestane waarden: { $expected })
# $kind (tekst): de opgeslagen soort identificatiegegeven (vehicle_plate); $kind_label: het label ervan.
reason-required-for-kind = is verplicht voor een identificatiegegeven van de soort ‘{ $kind_label }’
reason-person-needs-name = een persoon moet een familienaam, een voornaam of een naam in het oorspronkelijke schrift hebben
reason-date-in-future = ‘{ $date }’ ligt in de toekomst
reason-ref-used-twice = de referentie ‘{ $ref }’ wordt door twee betrokkenen van dit dossier gebruikt
reason-subject-unknown = ‘{ $ref }’ is geen persoon of organisatie van dit dossier
reason-before-opening = ligt vóór de openingsdatum ({ $date })
reason-review-too-far-yearly = ligt na { $latest }: hier wordt een dossier minstens eens per jaar herzien, dus de volgende herziening moet uiterlijk dan plaatsvinden; ingevuld: { $date }
reason-review-too-far = ligt na { $latest }: hier wordt een dossier minstens om de { $n } jaar herzien, dus de volgende herziening moet uiterlijk dan plaatsvinden; ingevuld: { $date }
# $stage (tekst): het opgeslagen stadium (trial); $stage_label: het label ervan.
reason-decision-date-stage = geldt alleen voor een definitieve beslissing, een vrijspraak of een seponering (het stadium van de procedure is ‘{ $stage_label }’); opgegeven datum: { $date }
reason-too-long-max = is te lang (maximaal { $max } tekens)
reason-case-ref-characters = mag alleen letters, cijfers, spaties en - _ / . : bevatten
reason-subject-ref-format = moet bestaan uit 1 tot 32 tekens: ASCII-letters, cijfers, ‘-’, ‘_’ of ‘.’
reason-username-length = moet 1 tot 64 tekens lang zijn
reason-username-characters = mag alleen a-z, 0-9, ‘.’, ‘_’ en ‘-’ bevatten
reason-password-too-short = moet minstens { $min } tekens lang zijn
reason-password-too-long = mag hoogstens { $max } bytes lang zijn
reason-file-too-large = is te groot ({ $size } bytes, maximaal { $max })
reason-not-utf8 = is geen geldige UTF-8-tekst
reason-no-case = bevat geen enkel dossier
# $line (tekst): de regel van het bestand waar het dossier voor het eerst voorkomt.
reason-case-repeated = dossier ‘{ $ref }’ komt al voor op regel { $line }
# $known (tekst): de kolommen van het formaat, gescheiden door komma’s.
reason-csv-unknown-column = is geen bekende kolom (bekende kolommen: { $known })
reason-csv-missing-column = deze kolom ontbreekt in de kopregel
reason-csv-repeated-column = deze kolom komt twee keer voor in de kopregel
reason-csv-record-required = is verplicht (case, person, organisation of identifier)
reason-csv-record-unknown = ‘{ $value }’ is geen recordtype (verwacht: case, person, organisation of identifier)
# $record (tekst): de waarde van de kolom record van de regel (case, person…).
reason-csv-column-not-applicable = is niet van toepassing op een regel van het type ‘{ $record }’
reason-csv-case-row-repeated = dossier ‘{ $ref }’ heeft al een regel van het type case, op regel { $line }
reason-csv-no-case-row = geen regel van het type case voor ‘{ $ref }’ in dit bestand
# $cells (getal): de cellen van de regel; $columns (getal): de kolommen van de kopregel.
reason-csv-cell-count =
    { $cells ->
        [one] heeft { $cells } cel
       *[other] heeft { $cells } cellen
    }, terwijl de kopregel er { $columns } telt
reason-csv-unreadable = kan niet als CSV-bestand worden gelezen
reason-json-eof-list = onverwacht einde van het bestand bij het lezen van een lijst
reason-json-eof-object = onverwacht einde van het bestand bij het lezen van een object
reason-json-eof-string = onverwacht einde van het bestand bij het lezen van een tekenreeks
reason-json-eof-value = onverwacht einde van het bestand bij het lezen van een waarde
reason-json-expected-colon = `:` verwacht
reason-json-expected-comma-or-bracket = `,` of `]` verwacht
reason-json-expected-comma-or-brace = `,` of `{ "}" }` verwacht
reason-json-expected-ident = sleutelwoord verwacht (true, false of null)
reason-json-expected-value = waarde verwacht
reason-json-expected-quote = aanhalingsteken `"` verwacht
reason-json-invalid-escape = ongeldige escapereeks
reason-json-invalid-number = ongeldig getal
reason-json-number-out-of-range = getal buiten bereik
reason-json-invalid-code-point = ongeldig Unicode-codepunt
reason-json-control-character = stuurteken (\u0000-\u001F) in een tekenreeks
reason-json-key-not-string = een sleutel moet een tekenreeks zijn
reason-json-lone-surrogate = losstaand hoog surrogaat in een hexadecimale escape
reason-json-trailing-comma = overbodige komma aan het einde van een lijst of object
reason-json-trailing-characters = overbodige tekens na het einde van de gegevens
reason-json-hex-escape-end = onverwacht einde van een hexadecimale escape
reason-json-recursion-limit = maximale nestingsdiepte overschreden
# $found, $expected (tekst): JSON-typen (berichten reason-part-…).
reason-json-invalid-type = ongeldig type: { $found }; verwacht: { $expected }
# $field (tekst): een veldnaam van het bestand; $expected (tekst): de toegestane namen.
reason-json-unknown-field-one-of = onbekend veld `{ $field }`; toegestane velden: { $expected }
reason-json-unknown-field-none = onbekend veld `{ $field }`; hier zijn geen velden toegestaan
reason-json-unknown-field = onbekend veld `{ $field }`; toegestaan veld: { $expected }
reason-json-missing-field = veld `{ $field }` ontbreekt
reason-json-duplicate-field = veld `{ $field }` komt dubbel voor
reason-json-no-variant = de waarde komt met geen enkele toegestane vorm overeen ({ $name })
reason-ident-empty = is leeg
# $char (tekst): het teken, tussen apostrofs, zoals '_' of '\u{202e}'.
reason-ident-bad-character = bevat een teken dat hier niet is toegestaan: { $char }
# $found (getal): de getelde tekens; $expected (tekst): een bericht reason-part-… of een getal.
reason-ident-bad-length =
    { $found ->
        [one] heeft { $found } teken
       *[other] heeft { $found } tekens
    }; verwacht: { $expected }
# $check (tekst): de naam van de controle (IBAN mod-97, IMEI Luhn, bech32…).
reason-ident-checksum = doorstaat de controle { $check } niet en is dus waarschijnlijk verkeerd ingevoerd
# $code (tekst): de code, tussen rechte aanhalingstekens.
reason-ident-unknown-country = { $code } is geen landcode volgens ISO 3166-1
reason-country-format = moet een landcode van twee letters volgens ISO 3166-1 zijn, zoals MA of FR
reason-crypto-unknown-prefix = heeft een onbekend blockchainvoorvoegsel (bekende voorvoegsels: btc, ltc, eth, trx)
# $chain, $claimed (tekst): Bitcoin, Litecoin, Ethereum of Tron.
reason-crypto-prefix-mismatch = is een { $chain }-adres, maar het voorvoegsel vermeldt { $claimed }
reason-crypto-bech32 = is geen geldig bech32-adres (hoofdletters en kleine letters door elkaar, of een teken buiten het alfabet ervan)
reason-crypto-segwit = is geen geldig SegWit-adres (witnessversie of lengte)
reason-crypto-testnet = is een adres van een testnetwerk, geen echt adres
reason-crypto-unrecognised = is geen herkend cryptovaluta-adres (Bitcoin, Litecoin, Ethereum of Tron)
reason-crypto-version-byte = heeft een base58check-versiebyte die bij geen enkele ondersteunde blockchain hoort
reason-imsi-mcc = moet beginnen met een mobiele landcode (MCC), die nooit met 0 begint
reason-iban-country-code = moet beginnen met een landcode van twee letters, zoals MA of FR
reason-iban-no-iban = land { $code } kent geen IBAN toe
reason-iban-check-digits = moet twee controlecijfers na de landcode hebben
reason-domain-url = lijkt op een URL; geef alleen de domeinnaam op, zoals example.org
reason-domain-email = lijkt op een e-mailadres; geef alleen de domeinnaam op
reason-domain-idna = is geen geldige geïnternationaliseerde domeinnaam (IDNA)
reason-domain-two-labels = moet ten minste twee labels hebben, zoals example.org
reason-domain-empty-label = heeft een leeg label (twee punten na elkaar)
reason-domain-long-label = heeft een label van meer dan 63 tekens
reason-domain-hyphen = heeft een label dat met een koppelteken begint of eindigt
reason-domain-ip = is een IP-adres, geen domeinnaam
reason-domain-numeric-tld = heeft een volledig numeriek topniveaulabel
reason-email-no-at = moet een @ bevatten
reason-email-several-at = mag maar één @ bevatten
reason-email-nothing-before = heeft niets vóór de @
reason-email-nothing-after = heeft niets na de @
reason-email-misplaced-dot = heeft een verkeerd geplaatste punt vóór de @ (aan het begin of einde, of twee na elkaar)
reason-email-local-too-long = heeft meer dan 64 tekens vóór de @
reason-ip-cidr = moet één enkel adres zijn, zonder prefixlengte (CIDR)
reason-ip-zone = mag geen zone-index bevatten (het deel na %)
reason-ip-port = mag geen poortnummer bevatten
reason-ip-invalid = is geen geldig IPv4- of IPv6-adres
reason-phone-no-region = moet beginnen met + of 00 en het landnummer als er geen regio is opgegeven
reason-phone-calling-code = heeft een onbekend landnummer
reason-phone-too-short = is te kort voor een telefoonnummer
reason-phone-too-long = is te lang voor een telefoonnummer
reason-phone-invalid = is geen telefoonnummer
# $region (tekst): een landcode (BE, MA…).
reason-phone-invalid-for-region = is geen geldig nummer voor regio { $region }
reason-phone-invalid-international = is geen geldig internationaal nummer
reason-phone-no-plan = regio { $region } heeft geen telefoonnummerplan
# $letter (tekst): de Arabische letter, tussen apostrofs.
reason-plate-arabic-letter = bevat de Arabische letter { $letter }, die niet tot de Marokkaanse serieletters behoort (أ ب د ه و ط ي); voer de nummerplaat in zoals die in Latijnse letters wordt gelezen
reason-social-unknown-platform = noemt een onbekend platform; gebruik x, facebook, instagram, telegram, tiktok, youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk of other
# $platform (tekst): de naam van het platform (Instagram, Telegram…).
reason-social-other-site = is een link naar een andere site, niet naar een { $platform }-account
reason-social-signal-link = is een Signal-link, die niet kan worden gelezen; geef de gebruikersnaam of het telefoonnummer op
reason-social-not-account = is een link naar { $platform }, maar niet naar een account
reason-social-discord-tag = is een oude Discord-tag (naam#1234), die niet langer uniek is; geef de huidige gebruikersnaam of de numerieke gebruikers-id op
reason-social-letter-first = moet met een letter beginnen ({ $platform }-gebruikersnaam)
reason-social-signal-username = moet een Signal-gebruikersnaam zijn zoals name.01 (een naam, een punt en ten minste twee cijfers)
reason-social-youtube-channel = is geen YouTube-kanaal-id (UC en 22 letters, cijfers, ‘_’ of ‘-’)
# $user (tekst): een gebruikersnaam.
reason-team-not-member = ‘{ $user }’ is geen parketmagistraat, griffier of validerend magistraat van dit knooppunt
reason-team-must-include-you = moet uzelf bevatten ({ $user })
reason-reference-taken = is niet beschikbaar: een ander dossier gebruikt deze referentie
# $version (tekst): het huidige versienummer van het dossier.
reason-version-conflict = het dossier is door iemand anders gewijzigd sinds u dit formulier opende (nu versie { $version }); open het opnieuw om die wijzigingen te zien en breng daarna de uwe aan
# Fragmenten in de redenen hierboven.
reason-part-digits-range = { $min } tot { $max } cijfers
reason-part-digits-either = { $a } of { $b } cijfers
reason-part-hex-after-0x = { $n } hexadecimale cijfers na 0x
reason-part-at-most = maximaal { $max }
reason-part-range-platform = { $min } tot { $max } ({ $platform })
reason-part-range = { $min } tot { $max }
reason-part-eip55 = EIP-55 (hoofdletters en kleine letters)
reason-part-string-type = tekenreeks
reason-part-sequence = lijst
reason-part-sequence-found = lijst
reason-part-map = object
reason-part-struct = object { $name }
# $value (tekst): de waarde zoals het bestand die schrijft, tussen aanhalingstekens.
reason-part-integer = geheel getal { $value }
reason-part-float = decimaal getal { $value }
reason-part-boolean = booleaanse waarde { $value }
reason-part-string = tekenreeks { $value }

# The purpose of reading a case (SPEC §7)
purpose-title = Waarom opent u dit dossier?
purpose-explained = Dossier { $case } bevat persoonsgegevens. Elke raadpleging wordt met haar doel in het auditregister opgenomen. Uw antwoord geldt voor dit dossier tot u zich afmeldt.
purpose-legend = Doel van de raadpleging
purpose-investigation = Werk aan dit onderzoek of deze vervolging
purpose-review = Periodieke herziening van het dossier
purpose-link_follow_up = Opvolging van een koppeling met een dossier van een andere autoriteit
purpose-cooperation = Een verzoek van een andere autoriteit of een aanbieder
purpose-data_protection = Een verzoek of controle inzake gegevensbescherming
purpose-other = Ander doel (hieronder toelichten)
purpose-detail = Toelichting (verplicht bij „Ander doel”)
purpose-recorded = Het doel, uw naam en het tijdstip worden opgenomen in het auditregister, dat toezichthouders op gegevensbescherming kunnen controleren.
purpose-continue = Dossier openen
purpose-cancel = Terug naar de dossiers
purpose-stated = Opgegeven doel: { $purpose }
purpose-change = Wijzigen
reason-purpose-other-detail = is verplicht wanneer het doel „Ander doel” is
reason-not-one-of = „{ $value }” is niet een van: { $list }

# Messages between authorities about a link (SPEC §5)
messages-title = Berichten met de andere autoriteit
messages-explained = Berichten over deze koppeling gaan alleen naar { $authority }, end-to-end versleuteld: de hub stuurt ze door zonder ze te kunnen lezen. Elk bericht is ondertekend door zijn autoriteit, en de handtekening wordt gecontroleerd in de gids van de federatie.
messages-none = Nog geen berichten.
messages-bytes = bytes
messages-read-by = Gelezen door { $name }
messages-delivered = Afgeleverd, nog niet gelezen
messages-pending = Wacht op aflevering
messages-signature-bad = De handtekening klopt niet:
messages-signed-by = Ondertekend door { $authority }, gecontroleerd in de gids
messages-write = Schrijven aan { $authority }
messages-attach = Bijlagen (hoogstens 5, 16 MB in totaal)
messages-sealed = Hier verzegeld voor de andere autoriteit alleen; uw naam en het tijdstip gaan mee, en de verzending wordt in het auditregister opgenomen.
messages-send = Verzenden

# Orders to providers (SPEC §6)
nav-orders = Bevelen
case-new-order = Nieuw bevel aan een aanbieder
orders-title = Bevelen aan aanbieders
orders-explained = De verstrekkings- en bewaringsbevelen in de dossiers van uw teams, de dringendste eerst. Elk bevel wordt gevalideerd door een tweede persoon, ondertekend door deze autoriteit en verzegeld voor de aanbieder alleen.
orders-new-hint = Om een bevel op te stellen, opent u het dossier en kiest u „Nieuw bevel aan een aanbieder”.
orders-none = Nog geen bevelen.
order-title = Bevel
order-new-title = Nieuw bevel
order-print-title = Certificaat van het bevel
order-reference = Referentie
order-case = Dossier
order-provider = Aanbieder
order-provider-state = Staat van de aanbieder (waar hij gevestigd of vertegenwoordigd is)
order-urgency = Spoedeisendheid
order-deadline = Termijn
order-framework = Rechtskader
order-type = Soort bevel
order-categories = Categorieën gegevens
order-targets = Doelwitten
order-target = Doelwit { $n }
order-period = Periode
order-from = Van
order-to = Tot
order-offence = Strafbaar feit
order-max-penalty = Maximumstraf (jaren)
order-max-penalty-years = maximaal { $n } jaar
order-terrorism = Een terroristisch misdrijf (Richtlijn (EU) 2017/541)
order-terrorism-short = terroristisch misdrijf
order-necessity = Noodzakelijkheid en evenredigheid
order-confidential = De aanbieder mag de betrokkene niet inlichten
order-not-confidential = De aanbieder mag de betrokkene inlichten
order-domestic = Het strafbare feit werd in onze Staat gepleegd, en de persoon woont er
order-mla-reference = Beslissing inzake wederzijdse rechtshulp (voor een bevel op grond daarvan)
order-file-reference = Dossiernummer
order-language = Taal van het certificaat voor de aanbieder
order-no-capacity = Voor uw account is geen hoedanigheid geregistreerd om bevelen uit te vaardigen: een beheerder stelt die in (procureur of rechter).
order-form-explained = Het rechtskader bepaalt wie welke gegevens mag vorderen, de termijnen en de kennisgevingen; het formulier zegt wat er ontbreekt.
order-form-after = Als ontwerp opgeslagen. Tenzij het een spoedbevel is voor uitsluitend abonnee- of identificatiegegevens, valideert een tweede persoon het voordat het kan worden verzonden.
order-save-draft = Ontwerp opslaan
order-section-basis = Rechtsgrond
order-section-provider = Aanbieder
order-section-data = Gegevens
order-section-grounds = Motivering
order-notification = Kennisgeving aan de Staat van de aanbieder
order-notification-required = Vereist: de autoriteit van { $state } krijgt kennisgeving (e-Evidence, art. 8)
order-notification-none = Niet vereist
order-validation = Validatie
order-needs-judge = Moet door een rechter worden gevalideerd voordat het wordt verzonden
order-needs-validation = Moet door een tweede persoon worden gevalideerd voordat het wordt verzonden
order-may-post-validate = Spoed: mag eerst worden verzonden en binnen 48 uur worden gevalideerd
order-validation-due = validatie uiterlijk op { $at }, anders wordt het bevel ingetrokken
order-not-received = nog niet ontvangen
order-time-left = nog { $hours } u { $minutes } min
order-overdue-by = { $hours } u { $minutes } min te laat
order-answered-on-time = tijdig beantwoord
order-answered-late = laattijdig beantwoord
order-objection = Bezwaar van de aanbieder
order-package = Gegevenspakket van de aanbieder
order-package-hash = Verzegeld voor deze autoriteit alleen; SHA-256 { $hash }, bevestigd met een ondertekend ontvangstbewijs.
order-refused-by-provider = Geweigerd door de aanbieder
order-actions = Wat ermee te doen
order-validate = Valideren
order-send = Ondertekenen en verzenden
order-send-explained = Ondertekend met de sleutel van deze autoriteit en verzegeld voor de aanbieder alleen; het wordt één keer verzonden en kan niet opnieuw worden verzonden.
order-withdraw = Intrekken
order-withdraw-why = Reden van de intrekking
order-timeline = Tijdlijn
order-when = Tijdstip
order-step = Stap
order-who = Wie
order-detail = Detail
order-print = Afdrukweergave
order-certificate-production = Certificaat van het Europees verstrekkingsbevel
order-certificate-preservation = Certificaat van het Europees bewaringsbevel
order-print-explained = Opgemaakt zoals de e-Evidence-certificaten (Verordening (EU) 2023/1543, bijlagen I en II), in de taal die de aanbieder heeft gekozen.
order-print-addressee = Geadresseerde
order-print-issuer = Uitvaardigende autoriteit
order-print-validation = Validerende autoriteit
order-print-no-validation = Spoedbevel verzonden vóór de validatie.
order-print-draft = Nog niet verzonden: ontwerp.
order-print-urgency = Spoedeisendheid en rechtsgrond
order-print-data = Gevraagde gegevens
order-print-offence = Strafbaar feit
order-print-confidentiality = Vertrouwelijkheid en kennisgeving
order-print-signature = Handtekening
order-print-signed = Ondertekend door { $authority } met haar sleutel uit de gids van de federatie; brief
urgency-emergency = Spoed (8 uur)
urgency-standard = Gewoon
framework-e_evidence = e-Evidence-verordening (EU) 2023/1543
framework-budapest = Verdrag van Boedapest, Tweede Protocol (art. 7)
framework-mla = Bilaterale wederzijdse rechtshulp
framework-national = Nationaal recht
order-type-production = Verstrekking (de gegevens verstrekken)
order-type-preservation = Bewaring (de gegevens bewaren)
category-subscriber = Abonneegegevens
category-identification = Gegevens om de gebruiker te identificeren (IP-adres)
category-traffic = Verkeersgegevens
category-content = Inhoudsgegevens
capacity-prosecutor = procureur
capacity-judge = rechter
order-status-draft = Ontwerp
order-status-validated = Gevalideerd
order-status-sent = Verzonden
order-status-received = Ontvangen
order-status-acknowledged = Ontvangst bevestigd
order-status-fulfilled = Uitgevoerd
order-status-objected = Bezwaar gemaakt
order-status-closed = Afgesloten
order-status-withdrawn = Ingetrokken
order-status-refused = Geweigerd
order-step-drafted = Opgesteld
order-step-validated = Gevalideerd
order-step-sent = Ondertekend en verzonden
order-step-received = Ontvangen door de aanbieder
order-step-acknowledged = Ontvangst bevestigd
order-step-fulfilled = Uitgevoerd
order-step-objected = Bezwaar gemaakt
order-step-refused = Geweigerd door de aanbieder
order-step-withdrawn = Ingetrokken
order-step-overdue = Termijn verstreken, geëscaleerd
order-step-package_refused = Gegevenspakket geweigerd
order-step-package_receipt = Ontvangstbewijs van het pakket
orders-overdue-notice =
    { $n ->
        [one] { $n } bevel is over zijn termijn zonder antwoord: het staat bovenaan.
       *[other] { $n } bevelen zijn over hun termijn zonder antwoord: ze staan bovenaan.
    }
order-preserved = De aanbieder bewaart de gegevens
order-preserved-until = Bewaard tot { $at }, voor een later verstrekkingsbevel.
order-extend = Bewaring met 30 dagen verlengen (één keer)
order-step-preserved = Gegevens bewaard
order-step-extended = Bewaring verlengd

# The provider's portal (SPEC §6)
nav-received = Ontvangen bevelen
received-title = Ontvangen bevelen
received-order-title = Ontvangen bevel
received-explained = De bevelen aan deze aanbieder. Elk bevel werd bij aankomst gecontroleerd: ondertekend door een vervolgende autoriteit uit de gids van de federatie, gevalideerd waar de regels dat vereisen, toegestaan door zijn rechtskader, niet verlopen, niet eerder ontvangen.
received-none = Geen bevelen ontvangen.
received-from = Van
received-verdict = Controles
received-verified-short = gecontroleerd
received-refused-short = geweigerd
received-verified = GECONTROLEERD: u mag op dit bevel antwoorden.
received-verified-explained = Ondertekend door { $authority } met de sleutel die de gids van de federatie voor haar vermeldt, sindsdien ongewijzigd; gevalideerd waar de regels dat vereisen; toegestaan door zijn rechtskader; niet verlopen; niet eerder ontvangen.
received-refused = GEWEIGERD: antwoord niet op dit bevel. De uitvaardigende autoriteit is meegedeeld waarom:
received-answer = Ons antwoord
received-acknowledge = Ontvangst bevestigen
received-preserve = Gegevens bewaard
received-package = Bestanden van het gegevenspakket
received-package-explained = Hier verzegeld voor de uitvaardigende autoriteit alleen, met hun SHA-256; haar ondertekende bevestiging van die hash komt terug.
received-fulfil = Gegevenspakket verzenden
received-grounds = Gronden van het bezwaar
received-object = Bezwaar maken

# Reasons of orders (SPEC §6)
reason-order-signer-not-authority = het is ondertekend door { $signer }, die geen vervolgende autoriteit uit de gids is
reason-order-issuer-mismatch = het vermeldt { $issuer } als uitvaardigende autoriteit, maar werd ondertekend door { $signer }
reason-order-not-for-me = het is gericht aan { $to }, niet aan { $me }
reason-order-replayed = dit bevel ({ $id }) werd al ontvangen op { $at }: een tweede exemplaar is geen nieuw bevel
reason-order-expired = het is verlopen op { $at } (uitgevaardigd op { $issued }, te ontvangen binnen de antwoordtermijn)
reason-order-not-validated = het moet door een tweede persoon worden gevalideerd voordat het wordt verzonden, en er is geen validatie geregistreerd
reason-order-validated-by-issuer = het werd gevalideerd door zijn eigen uitvaardiger ({ $name }): de validatie gebeurt door een tweede persoon
reason-order-capacity-mismatch = volgens het bevel wordt het uitgevaardigd in de hoedanigheid ‘{ $a }’, de ondertekenaar heeft de hoedanigheid ‘{ $b }’
reason-order-reference-reused = { $reference } duidde al een ander bevel van { $from } aan: één referentie, één bevel
reason-order-not-eevidence-state = { $state } is niet gebonden door de e-Evidence-verordening (de EU-lidstaten behalve Denemarken)
reason-order-eevidence-same-state = is de uitvaardigende Staat { $state }: de e-Evidence-verordening geldt voor aanbieders in een andere lidstaat; pas het nationale recht toe
reason-order-eevidence-from = de e-Evidence-verordening is van toepassing vanaf { $date }
reason-order-threshold = verkeers- en inhoudsgegevens mogen op grond van de e-Evidence-verordening alleen worden gevorderd voor strafbare feiten waarop een maximumstraf van ten minste 3 jaar staat, of voor terroristische misdrijven (art. 5(4))
reason-order-budapest-category = gegevens ‘{ $category }’ kunnen niet rechtstreeks bij een aanbieder worden gevorderd op grond van het Tweede Protocol, dat alleen abonneegegevens toestaat (art. 7); vraag ze via wederzijdse rechtshulp
reason-order-budapest-emergency = het Tweede Protocol kent geen spoedbevel aan aanbieders: spoedverstrekking verloopt van autoriteit tot autoriteit (art. 9-10)
reason-order-budapest-same-state = is de uitvaardigende Staat { $state }: het Tweede Protocol geldt voor aanbieders in een andere Partij; pas het nationale recht toe
reason-order-mla-reference = is verplicht: een bevel op grond van wederzijdse rechtshulp voert een verzoek uit dat de Staat van de aanbieder heeft ingewilligd
reason-order-national-state = is { $provider }, niet de uitvaardigende Staat { $state }: het nationale recht bereikt alleen aanbieders die in de uitvaardigende Staat gevestigd zijn
reason-order-needs-judge = gegevens ‘{ $category }’ vereisen een bevel dat door een rechter is uitgevaardigd of gevalideerd op grond van ‘{ $framework }’; een procureur mag abonnee- en identificatiegegevens vorderen
reason-order-member-code = ‘{ $value }’ is geen ledencode (zoals PROV-TELCO)
reason-order-years = ‘{ $value }’ is geen aantal jaren (0 tot 99)
reason-order-no-target = minstens één identificatiegegeven van een doelwit is verplicht
reason-order-no-category = minstens één categorie gegevens is verplicht
reason-order-before-start = ligt vóór het begin van de periode ({ $date })
reason-order-to-future = ‘{ $date }’ ligt in de toekomst: een bevel vraagt gegevens die bestaan
reason-order-changed = het bevel werd intussen door iemand anders gewijzigd; open het opnieuw
reason-order-drafter-capacity = hoedanigheid: het bevel vermeldt ‘{ $a }’, de opsteller treedt op als ‘{ $b }’
reason-order-second-person = een bevel wordt gevalideerd door een tweede persoon, niet door wie het heeft opgesteld of verzonden
reason-order-validated-already = het bevel is al gevalideerd
reason-order-no-capacity-validate = voor u is geen hoedanigheid geregistreerd om bevelen te valideren
reason-order-no-capacity-issue = voor u is geen hoedanigheid geregistreerd om bevelen uit te vaardigen
reason-order-issuer-capacity = het bevel wordt uitgevaardigd in de hoedanigheid ‘{ $a }’, u treedt op als ‘{ $b }’
reason-order-validator-issues = wie het bevel heeft gevalideerd, kan het niet ook uitvaardigen
reason-order-preserve-not-fulfil = op een bewaringsbevel wordt geantwoord door de gegevens te bewaren (bewaren), niet door ze te verstrekken
reason-order-preserve-only = alleen op een bewaringsbevel wordt geantwoord door te bewaren
reason-order-no-file = bestand: een gegevenspakket moet minstens één bestand bevatten
reason-order-step = de stap ‘{ $step }’ is niet mogelijk voor een bevel met status ‘{ $status }’
reason-order-validate-first = het moet door een tweede persoon worden gevalideerd voordat het wordt verzonden
reason-order-extend-preservation-only = alleen een bewaringsbevel kan worden verlengd
reason-order-extend-once = een bewaringsbevel kan maar één keer worden verlengd
reason-order-not-received-yet = de aanbieder heeft het nog niet ontvangen
reason-order-preservation-ended = de bewaringstermijn is verstreken op { $date }
reason-field = { $field }: { $reason }
