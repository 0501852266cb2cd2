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
case-form-hint = Datums als JJJJ-MM-DD. Als er geen herzieningsdatum wordt opgegeven, wordt die vastgesteld op drie jaar na de opening.
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
