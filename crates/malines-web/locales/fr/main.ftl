## Interface web de Malines : français. L’anglais est la langue de référence :
## chaque message de locales/en/main.ftl doit exister ici, et aucun autre
## (les tests de src/i18n.rs échouent sinon).

app-name = Malines
skip-to-content = Aller au contenu
footer-safeguards = Les liens sont des indices qu’une personne doit apprécier, jamais des décisions. Les données personnelles ne quittent jamais ce nœud en clair.
back-home = Retour à la page d’accueil
cancel = Annuler
none = Néant
percent = { $value } %

## Navigation

nav-label = Menu principal
nav-cases = Dossiers
nav-links = Liens
nav-graph = Graphe des liens
nav-import = Importer
nav-users = Utilisateurs
nav-sign-out = Se déconnecter
language = Langue
language-apply = Changer

## Connexion

sign-in-title = Connexion
sign-in-submit = Continuer
sign-in-hint = Après votre mot de passe, le code à 6 chiffres de votre application d’authentification vous sera demandé.
sign-in-refused = Nom d’utilisateur ou mot de passe incorrect.
sign-in-locked = Ce compte est verrouillé à la suite d’échecs répétés. Réessayez plus tard ou adressez-vous à votre administrateur.
field-username = Nom d’utilisateur
field-password = Mot de passe
totp-title = Second facteur
field-totp = Code de votre application d’authentification
totp-hint = Six chiffres ; un code ne peut être utilisé qu’une seule fois.
totp-submit = Se connecter
totp-refused = Ce code n’est pas valide. Saisissez le code actuel.

## Erreurs

error-title = Une erreur s’est produite
error-sign-in = Veuillez vous connecter.
error-forbidden = Votre rôle ne donne pas accès à cette page.
error-not-found = Il n’y a rien ici, ou cela ne fait pas partie de vos dossiers.
error-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-bad-request = La requête a été refusée.
error-internal = Une erreur interne s’est produite. Elle a été journalisée ; veuillez réessayer ou contacter votre administrateur.
# $field (chaîne) : le libellé du champ, déjà traduit.
error-field-required = Le champ « { $field } » est obligatoire
# $n (nombre) : le nombre d’erreurs du formulaire. En français, « one » couvre 0 et 1.
form-errors =
    { $n ->
        [one] Le formulaire contient { $n } erreur. Rien n’a été enregistré.
       *[other] Le formulaire contient { $n } erreurs. Rien n’a été enregistré.
    }

## Rôles

role-prosecutor = Magistrat du parquet
role-clerk = Greffier
role-validator = Magistrat validateur
role-auditor = Auditeur (protection des données)
role-admin = Administrateur
role-responder = Équipe de réponse

## Liste des dossiers

cases-title = Dossiers
case-title = Dossier
cases-filter = Filtrer les dossiers
cases-search = Référence ou intitulé
cases-review-due = Réexamen à échéance dans les 90 jours
cases-none = Aucun dossier ne correspond. Seuls les dossiers de vos équipes sont affichés.
cases-subjects = Personnes visées
cases-identifiers = Identifiants
# $n (nombre) : le nombre de dossiers affichés. « one » couvre 0 et 1 en français (0 dossier, 1 dossier).
cases-count =
    { $n ->
        [one] { $n } dossier
       *[other] { $n } dossiers
    }
filter-any = Indifférent
filter-all = Tous
filter-none = —
filter-apply = Appliquer
review-overdue = réexamen en retard
case-new = Nouveau dossier

## Champs du dossier

field-reference = Référence
field-title = Intitulé
field-stage = Stade de la procédure
field-status = Statut
field-terrorism-type = Type de terrorisme
field-offences = Infractions (une par ligne)
field-legal-qualification = Qualification juridique
field-group = Appartenance à un groupe
field-opened-on = Ouvert le
field-review-due = Échéance du réexamen
field-team = Équipe (noms d’utilisateur)
field-ref = Réf.
field-name = Nom
field-family-names = Noms de famille
field-given-names = Prénoms
field-original-script = Nom dans l’écriture d’origine
field-aliases = Alias (séparés par ;)
field-birth-date = Date de naissance
field-place-of-birth = Lieu de naissance
field-nationalities = Nationalités
field-sex = Sexe
field-residence = Résidence
field-shared = Partagé
field-shared-with-hub = Partager pour le rapprochement
field-identifier-type = Type
field-value = Valeur
field-subject = Personne visée
field-subject-ref = Personne visée (réf.)
field-doc-type = Type de document
field-country = Pays
field-platform = Plateforme
field-role = Rôle
field-display-name = Nom complet

stage-investigation = Enquête / instruction
stage-prosecution = Poursuites
stage-trial = Procès
stage-final_judgment = Décision définitive
stage-acquittal = Acquittement / relaxe
stage-not_prosecuted = Classement sans suite
status-open = Ouvert
status-closed = Clôturé
terrorism-jihadist = Djihadiste
terrorism-ethno_nationalist_separatist = Ethno-nationaliste et séparatiste
terrorism-left_wing_anarchist = D’extrême gauche et anarchiste
terrorism-right_wing = D’extrême droite
terrorism-single_issue = À cause unique
terrorism-other = Autre
terrorism-unspecified = Non précisé
sex-f = Féminin
sex-m = Masculin
sex-x = Inconnu
doc-passport = Passeport
doc-national_id = Carte nationale d’identité
doc-residence_permit = Titre de séjour
doc-driving_licence = Permis de conduire
doc-other = Autre document
kind-phone = Téléphone
kind-email = Courriel
kind-identity_document = Pièce d’identité
kind-iban = IBAN
kind-imei = IMEI
kind-imsi = IMSI
kind-ip_address = Adresse IP
kind-crypto_address = Adresse de cryptomonnaie
kind-social_media = Compte de réseau social
kind-vehicle_plate = Plaque d’immatriculation
kind-domain = Nom de domaine
shared-yes = partagé
shared-no = conservé sur ce nœud

## Page du dossier

case-edit = Modifier
case-version = Version
case-persons = Personnes
case-organisations = Organisations
case-identifiers = Identifiants
case-links = Liens avec d’autres autorités
case-no-links = Aucun lien pour l’instant.
case-sharing-explained = Ce qui est marqué comme partagé est comparé aux dossiers des autres autorités sous forme d’encodages à clé ; les noms, dates et numéros ne quittent jamais ce nœud en clair. Ce qui est conservé sur ce nœud n’est jamais comparé.
case-review-overdue-notice = La date de révision de ce dossier est dépassée : il n’est plus comparé aux dossiers des autres autorités, et ses liens sont retirés, jusqu’à ce qu’un membre de son équipe le révise et fixe une nouvelle date.
case-closed-notice = Ce dossier est clôturé : il n’est plus comparé aux dossiers des autres autorités.

## Formulaire du dossier

case-new-title = Nouveau dossier
case-edit-title = Modifier le dossier
case-section-case = Le dossier
case-form-hint =
    { $n ->
        [one] Dates au format AAAA-MM-JJ. Si aucune date de réexamen n’est indiquée, elle est fixée à un an après l’ouverture ; elle ne peut dépasser d’un an la date du jour.
       *[other] Dates au format AAAA-MM-JJ. Si aucune date de réexamen n’est indiquée, elle est fixée à { $n } ans après l’ouverture ; elle ne peut dépasser de { $n } ans la date du jour.
    }
case-save = Enregistrer
row-add-person = Ajouter une personne
row-add-organisation = Ajouter une organisation
row-add-identifier = Ajouter un identifiant
# $n (chaîne) : le numéro de la ligne.
row-person = Personne { $n }
row-organisation = Organisation { $n }
row-identifier = Identifiant { $n }
identifier-form-hint = Téléphones au format international (+32…) ou tels qu’ils sont composés dans ce pays ; les documents exigent leur type et leur pays de délivrance ; les plaques d’immatriculation, leur pays ; les comptes, leur plateforme.

## Importation

import-title = Importer des dossiers
import-explained = Un fichier CSV ou JSON de dossiers (format décrit dans docs/import.md). Le fichier entier est d’abord vérifié : soit tous les dossiers sont enregistrés, soit aucun, et vous recevez la liste des problèmes.
import-file = Fichier
import-file-hint = .csv ou .json, 64 Mio au maximum.
import-submit = Vérifier et importer
import-no-file = Choisissez un fichier.
import-bad-extension = Le nom du fichier doit se terminer par .csv ou .json.
import-not-your-case = Cette référence ne vous est pas accessible.
# $file (chaîne) : le nom du fichier.
import-refused = { $file } : refusé, rien n’a été enregistré
# $n (nombre)
import-problems =
    { $n ->
        [one] { $n } problème à corriger :
       *[other] { $n } problèmes à corriger :
    }
import-line = Ligne
import-field = Champ
import-reason = Problème
import-done = { $file } : importé
import-created =
    { $n ->
        [one] { $n } dossier créé
       *[other] { $n } dossiers créés
    }
import-updated =
    { $n ->
        [one] { $n } dossier mis à jour
       *[other] { $n } dossiers mis à jour
    }
import-unchanged =
    { $n ->
        [one] { $n } dossier inchangé
       *[other] { $n } dossiers inchangés
    }

## Liens

links-title = Liens
link-title = Lien
links-explained = Un lien signifie qu’un dossier d’une autre autorité concerne la même personne, le même téléphone, le même document ou le même compte que l’un de vos dossiers. Vous voyez sur quoi il repose ; l’autre autorité voit la même chose de son côté, jamais vos données.
links-filter = Liens par statut
links-none = Aucun lien ici.
links-unread = Messages non lus
link-messages = Messages
link-messages-unread =
    { $n ->
        [one] { $n } non lu
       *[other] { $n } non lus
    }
link-status-new = Nouveau
link-status-seen = Vu
link-status-followed_up = Suite donnée
link-status-dismissed = Écarté
link-retracted = Retiré
link-my-case = Mon dossier
link-other-authority = Autre autorité
link-other-case = Dossier de l’autre autorité (jeton)
link-on = Porte sur
link-score = Force
link-received = Reçu le
link-reason = Motif de la mise à l’écart
# $authority (chaîne) : le code de l’autre autorité.
link-with = Lien avec { $authority }
link-retracted-notice = Ce lien a été retiré : l’un des deux dossiers a été modifié ou clôturé, ou a cessé de partager ce qui l’avait fait naître.
link-no-decision = Ce lien est un indice, pas une constatation : comparez les éléments et, s’ils se confirment, contactez l’autre autorité.
link-evidence = Éléments de rapprochement
link-evidence-explained = Lesquels de vos enregistrements ont correspondu à l’un de ceux de l’autre autorité, sur quel type de données et avec quelle force. Ses enregistrements restent chez elle.
evidence-my-record = Mon enregistrement
evidence-strength = Force
evidence-detail = Détail
evidence-given = Prénoms
evidence-family = Noms de famille
evidence-dob = Date de naissance
evidence-swapped = Noms rapprochés de façon croisée (prénom avec nom de famille)
evidence-place = Lieu de naissance
evidence-variants = Noms utilisés (de mon côté / de l’autre côté)
evidence-exact = Même valeur, à l’identique
variant-registered = nom tel qu’enregistré
variant-other = alias ou écriture d’origine
similarity-missing = absent d’un côté
strength-exact = exacte
strength-strong = forte
strength-good = bonne
strength-weak = faible
dob-same_day = même date
dob-same_month = mêmes mois et année (date partielle d’un côté)
dob-same_year = même année (date partielle d’un côté)
dob-one_digit_differs = un chiffre diffère (faute de frappe possible)
dob-day_month_swapped = jour et mois inversés
dob-same_year_day_or_month_differs = même année, jour ou mois différent
dob-year_differs = année différente
dob-different = différente
dob-unknown = absente d’un côté
place-same = même lieu
place-different = lieux différents
on-person = personne
on-organisation = organisation
on-phone = téléphone
on-email = courriel
on-identity_document = pièce d’identité
on-iban = IBAN
on-imei = IMEI
on-imsi = IMSI
on-ip_address = adresse IP
on-crypto_address = adresse de cryptomonnaie
on-social_media = compte de réseau social
on-vehicle_plate = plaque d’immatriculation
on-domain = nom de domaine
link-handle = Suite à donner
link-mark-followed-up = Indiquer qu’une suite a été donnée
link-dismiss-reason = Motif de la mise à l’écart
link-dismiss = Écarter
link-reason-required = Indiquez pourquoi le lien est écarté.
link-reopen = Remettre dans la boîte de réception

## Pays

country-BE = Belgique
country-FR = France
country-ES = Espagne
country-MA = Maroc
country-NL = Pays-Bas
country-DE = Allemagne
country-IT = Italie
country-PT = Portugal

## Graphe des liens

graph-title = Graphe des liens
graph-desc = Vos dossiers et les dossiers des autres autorités auxquels ils sont liés ; les traits plus épais indiquent des liens plus forts, les traits en pointillés des liens retirés.
graph-explained = Chacun de vos dossiers est relié aux dossiers des autres autorités avec lesquels il a un lien, colorés par pays. Sélectionnez un dossier ou un trait pour l’ouvrir.
graph-legend-own = Mon dossier
graph-legend-retracted = Lien retiré
# $case (chaîne) : la référence du dossier.
graph-own-case = Mon dossier { $case }

## Profil

profile-title = Mon profil
profile-role-explained = Votre rôle détermine ce que vous pouvez faire ici. Vous ne voyez que les dossiers de vos équipes.

## Utilisateurs (administrateurs)

users-title = Utilisateurs
users-action = Action
users-active = actif
users-disabled = désactivé
users-locked = verrouillé
users-enable = Activer
users-disable = Désactiver
users-add = Ajouter un utilisateur
users-add-submit = Créer
users-password-hint = Mot de passe provisoire, à transmettre à l’utilisateur par un autre canal ; il choisira le sien à la première connexion.
# $user (chaîne)
users-created = Le compte { $user } a été créé

## Enrolment

enrol-title = Choisissez votre mot de passe et votre second facteur
enrol-explained = Votre compte a été créé ou réinitialisé par un administrateur. Choisissez votre propre mot de passe, puis ajoutez ce secret à votre application d’authentification et saisissez le code qu’elle affiche. Ensuite, personne d’autre ne connaîtra ni l’un ni l’autre.
enrol-secret = Secret pour votre application d’authentification
enrol-uri = Adresse otpauth (pour un code QR)
field-new-password = Nouveau mot de passe
field-confirm-password = Nouveau mot de passe, à nouveau
enrol-submit = Enregistrer et se connecter
enrol-passwords-differ = Les deux mots de passe diffèrent.
enrol-password-short = Le mot de passe doit compter au moins 12 caractères.
enrol-bad-code = Ce code ne correspond pas au secret ci-dessus. Vérifiez l’heure de votre appareil et saisissez le code actuel.
users-enrol-next = À la première connexion, l’utilisateur choisit son propre mot de passe et enregistre son propre second facteur : vous ne connaîtrez ni l’un ni l’autre.

## Audit

nav-audit = Audit
audit-title = Journal d’audit
audit-explained = Chaque connexion, chaque lecture de données d’un dossier, chaque modification et chaque suite donnée à un lien sont enregistrées ici, dans un arbre de Merkle où l’on ne peut qu’ajouter (RFC 9162). Les têtes d’arbre signées permettent à qui en a conservé une de prouver plus tard que rien d’antérieur n’a été réécrit.
audit-size = Entrées
audit-root = Empreinte racine
audit-verify = Signer une tête et vérifier tout le journal
audit-verified = Le journal est intact. Entrées relues : { $n }. Racine :
audit-verify-problem = Le journal ne se vérifie pas :
audit-cli = Un organe de contrôle vérifie en ligne de commande, à partir d’une tête qu’il a conservée :
audit-heads = Têtes d’arbre signées
audit-no-heads = Aucune tête signée pour l’instant.
audit-at = Date
audit-entries = Dernières entrées
audit-actor = Qui
audit-action = Quoi
audit-target = Sur quoi
audit-purpose = Finalité
audit-detail = Détail

## Retention

field-decided-on = Date de la décision (jugement, acquittement, classement)
case-kept-until = Conservé jusqu’au

## Motifs de refus (src/reasons.rs). Les crates du domaine les rédigent en
## anglais ; ces messages les rendent en français. Les variables gardent le
## texte du motif : valeurs saisies par l’utilisateur ($value, $date, $ref…),
## dates, nombres, régions et listes de valeurs admises, telles quelles.
## Les variables $…_label sont le libellé de l’interface pour une valeur enregistrée.

reason-required = est obligatoire
# $n (chaîne) : la longueur saisie ; $max (chaîne) : le maximum autorisé.
reason-text-too-long = dépasse la longueur autorisée ({ $n } caractères, { $max } au maximum)
reason-control-characters = contient des caractères de contrôle
reason-direction-control = contient un caractère de contrôle de la direction du texte
reason-too-many-entries-counted = comporte trop d’entrées ({ $n }, { $max } au maximum)
reason-too-many-entries = comporte trop d’entrées ({ $max } au maximum)
# $i (chaîne) : le rang de l’entrée ; $reason (chaîne) : le motif, déjà traduit.
reason-list-entry = entrée { $i } : { $reason }
reason-shared-not-yes-no = shared : « { $value } » n’est ni oui ni non
reason-not-yes-no = « { $value } » n’est ni oui ni non
reason-incomplete-record = enregistrement incomplet
reason-date-malformed = « { $value } » n’est pas une date (format attendu : AAAA, AAAA-MM ou AAAA-MM-JJ)
# $month (chaîne) : le nom anglais du mois ; $month_label : le même mois en français.
reason-date-no-such-day = « { $value } » n’est pas une date : le { $day } { $month_label } { $year } n’existe pas
# $value (chaîne) : le nom anglais d’un mois, de January à December.
reason-month =
    { $value ->
        [January] janvier
        [February] février
        [March] mars
        [April] avril
        [May] mai
        [June] juin
        [July] juillet
        [August] août
        [September] septembre
        [October] octobre
        [November] novembre
        [December] décembre
       *[other] { $value }
    }
reason-year-malformed = « { $value } » n’est pas une année
reason-year-out-of-range = l’année { $year } est hors de la période admise ({ $min }–{ $max })
reason-month-malformed = « { $value } » n’est pas un mois
reason-month-unknown = le mois { $month } n’existe pas
reason-date-not-full = « { $value } » n’est pas une date complète (format attendu : AAAA-MM-JJ)
# $expected (chaîne) : les valeurs admises, telles qu’elles se saisissent.
reason-unknown-stage = « { $value } » n’est pas un stade de la procédure connu (valeurs admises : { $expected })
reason-unknown-status = « { $value } » n’est pas un statut connu (valeurs admises : { $expected })
reason-unknown-terrorism-type = « { $value } » n’est pas un type de terrorisme connu (valeurs admises : { $expected })
reason-unknown-sex = « { $value } » n’est pas une mention de sexe connue (valeurs admises : { $expected })
reason-unknown-identifier-type = « { $value } » n’est pas un type d’identifiant connu (valeurs admises : { $expected })
reason-unknown-document-type = « { $value } » n’est pas un type de document connu (valeurs admises : { $expected })
# $kind (chaîne) : le type d’identifiant enregistré (vehicle_plate) ; $kind_label : son libellé.
reason-required-for-kind = est obligatoire pour un identifiant de type « { $kind_label } »
reason-person-needs-name = une personne doit avoir un nom de famille, un prénom ou un nom dans l’écriture d’origine
reason-date-in-future = « { $date } » est une date future
reason-ref-used-twice = la référence « { $ref } » est attribuée à deux personnes ou organisations de ce dossier
reason-subject-unknown = « { $ref } » ne désigne aucune personne ni organisation de ce dossier
reason-before-opening = précède la date d’ouverture ({ $date })
reason-review-too-far-yearly = est postérieure au { $latest } : ici, un dossier est réexaminé au moins une fois par an, son prochain réexamen doit donc avoir lieu au plus tard à cette date ; saisi : { $date }
reason-review-too-far = est postérieure au { $latest } : ici, un dossier est réexaminé au moins tous les { $n } ans, son prochain réexamen doit donc avoir lieu au plus tard à cette date ; saisi : { $date }
# $stage (chaîne) : le stade enregistré (trial) ; $stage_label : son libellé.
reason-decision-date-stage = ne s’applique qu’à une décision définitive, un acquittement ou un classement sans suite (le stade de la procédure est « { $stage_label } ») ; date indiquée : { $date }
reason-too-long-max = dépasse la longueur autorisée ({ $max } caractères au maximum)
reason-case-ref-characters = ne peut contenir que des lettres, des chiffres, des espaces et - _ / . :
reason-subject-ref-format = doit comporter de 1 à 32 caractères parmi les lettres ASCII, les chiffres, « - », « _ » et « . »
reason-username-length = doit comporter de 1 à 64 caractères
reason-username-characters = ne peut contenir que a-z, 0-9, « . », « _ » et « - »
reason-password-too-short = doit comporter au moins { $min } caractères
reason-password-too-long = doit comporter au plus { $max } octets
reason-file-too-large = dépasse la taille autorisée ({ $size } octets, { $max } au maximum)
reason-not-utf8 = n’est pas un texte UTF-8 valide
reason-no-case = ne contient aucun dossier
# $line (chaîne) : la ligne du fichier où le dossier apparaît pour la première fois.
reason-case-repeated = le dossier « { $ref } » figure déjà à la ligne { $line }
# $known (chaîne) : les colonnes du format, séparées par des virgules.
reason-csv-unknown-column = n’est pas une colonne connue (colonnes connues : { $known })
reason-csv-missing-column = cette colonne est absente de la ligne d’en-tête
reason-csv-repeated-column = cette colonne figure deux fois dans la ligne d’en-tête
reason-csv-record-required = est obligatoire (case, person, organisation ou identifier)
reason-csv-record-unknown = « { $value } » n’est pas un type d’enregistrement (valeurs attendues : case, person, organisation ou identifier)
# $record (chaîne) : la valeur de la colonne record de la ligne (case, person…).
reason-csv-column-not-applicable = ne s’applique pas à une ligne de type « { $record } »
reason-csv-case-row-repeated = le dossier « { $ref } » a déjà une ligne de type case, à la ligne { $line }
reason-csv-no-case-row = aucune ligne de type case pour « { $ref } » dans ce fichier
# $cells (nombre) : les cellules de la ligne ; $columns (nombre) : les colonnes de l’en-tête.
reason-csv-cell-count =
    { $cells ->
        [one] compte { $cells } cellule
       *[other] compte { $cells } cellules
    } alors que la ligne d’en-tête en prévoit { $columns }
reason-csv-unreadable = ne peut pas être lu comme un fichier CSV
reason-json-eof-list = fin de fichier inattendue pendant la lecture d’une liste
reason-json-eof-object = fin de fichier inattendue pendant la lecture d’un objet
reason-json-eof-string = fin de fichier inattendue pendant la lecture d’une chaîne
reason-json-eof-value = fin de fichier inattendue pendant la lecture d’une valeur
reason-json-expected-colon = `:` attendu
reason-json-expected-comma-or-bracket = `,` ou `]` attendu
reason-json-expected-comma-or-brace = `,` ou `{ "}" }` attendu
reason-json-expected-ident = mot-clé attendu (true, false ou null)
reason-json-expected-value = valeur attendue
reason-json-expected-quote = guillemet `"` attendu
reason-json-invalid-escape = séquence d’échappement non valide
reason-json-invalid-number = nombre non valide
reason-json-number-out-of-range = nombre hors limites
reason-json-invalid-code-point = point de code Unicode non valide
reason-json-control-character = caractère de contrôle (\u0000-\u001F) dans une chaîne
reason-json-key-not-string = une clé doit être une chaîne
reason-json-lone-surrogate = demi-codet isolé dans un échappement hexadécimal
reason-json-trailing-comma = virgule en trop à la fin d’une liste ou d’un objet
reason-json-trailing-characters = caractères en trop après la fin des données
reason-json-hex-escape-end = fin inattendue d’un échappement hexadécimal
reason-json-recursion-limit = profondeur d’imbrication maximale dépassée
# $found, $expected (chaîne) : des types JSON (messages reason-part-…).
reason-json-invalid-type = type non valide : { $found } ; attendu : { $expected }
# $field (chaîne) : un nom de champ du fichier ; $expected (chaîne) : les noms admis.
reason-json-unknown-field-one-of = champ inconnu `{ $field }` ; champs admis : { $expected }
reason-json-unknown-field-none = champ inconnu `{ $field }` ; aucun champ n’est admis ici
reason-json-unknown-field = champ inconnu `{ $field }` ; champ admis : { $expected }
reason-json-missing-field = champ `{ $field }` manquant
reason-json-duplicate-field = champ `{ $field }` en double
reason-json-no-variant = la valeur ne correspond à aucune des formes admises ({ $name })
reason-ident-empty = est vide
# $char (chaîne) : le caractère, entre apostrophes, comme '_' ou '\u{202e}'.
reason-ident-bad-character = contient un caractère non autorisé ici : { $char }
# $found (nombre) : les caractères comptés ; $expected (chaîne) : un message reason-part-… ou un nombre.
reason-ident-bad-length =
    { $found ->
        [one] comporte { $found } caractère
       *[other] comporte { $found } caractères
    } ; attendu : { $expected }
# $check (chaîne) : le nom du contrôle (IBAN mod-97, IMEI Luhn, bech32…).
reason-ident-checksum = ne satisfait pas au contrôle { $check } : il s’agit probablement d’une erreur de saisie
# $code (chaîne) : le code, entre guillemets droits.
reason-ident-unknown-country = { $code } n’est pas un code de pays ISO 3166-1
reason-country-format = doit être un code de pays ISO 3166-1 à deux lettres, par exemple MA ou FR
reason-crypto-unknown-prefix = comporte un préfixe de blockchain inconnu (préfixes connus : btc, ltc, eth, trx)
# $chain, $claimed (chaîne) : Bitcoin, Litecoin, Ethereum ou Tron.
reason-crypto-prefix-mismatch = est une adresse { $chain }, mais son préfixe indique { $claimed }
reason-crypto-bech32 = n’est pas une adresse bech32 valide (majuscules et minuscules mêlées, ou caractère étranger à son alphabet)
reason-crypto-segwit = n’est pas une adresse SegWit valide (version du témoin ou longueur)
reason-crypto-testnet = est une adresse d’un réseau de test, et non une adresse réelle
reason-crypto-unrecognised = n’est pas une adresse de cryptomonnaie reconnue (Bitcoin, Litecoin, Ethereum ou Tron)
reason-crypto-version-byte = comporte un octet de version base58check qui ne correspond à aucune blockchain prise en charge
reason-imsi-mcc = doit commencer par l’indicatif de pays mobile (MCC), qui ne commence jamais par 0
reason-iban-country-code = doit commencer par un code de pays à deux lettres, par exemple MA ou FR
reason-iban-no-iban = le pays { $code } n’attribue pas d’IBAN
reason-iban-check-digits = doit comporter deux chiffres de contrôle après le code de pays
reason-domain-url = ressemble à une URL ; indiquez uniquement le nom de domaine, par exemple example.org
reason-domain-email = ressemble à une adresse électronique ; indiquez uniquement le nom de domaine
reason-domain-idna = n’est pas un nom de domaine internationalisé valide (IDNA)
reason-domain-two-labels = doit comporter au moins deux étiquettes, par exemple example.org
reason-domain-empty-label = comporte une étiquette vide (deux points consécutifs)
reason-domain-long-label = comporte une étiquette de plus de 63 caractères
reason-domain-hyphen = comporte une étiquette qui commence ou se termine par un trait d’union
reason-domain-ip = est une adresse IP, et non un nom de domaine
reason-domain-numeric-tld = comporte une étiquette de premier niveau entièrement numérique
reason-email-no-at = doit contenir un @
reason-email-several-at = ne doit contenir qu’un seul @
reason-email-nothing-before = ne comporte rien avant le @
reason-email-nothing-after = ne comporte rien après le @
reason-email-misplaced-dot = comporte un point mal placé avant le @ (à une extrémité, ou deux points consécutifs)
reason-email-local-too-long = comporte plus de 64 caractères avant le @
reason-ip-cidr = doit être une adresse unique, sans longueur de préfixe (CIDR)
reason-ip-zone = ne doit pas comporter d’indice de zone (la partie après %)
reason-ip-port = ne doit pas comporter de numéro de port
reason-ip-invalid = n’est pas une adresse IPv4 ou IPv6 valide
reason-phone-no-region = doit commencer par + ou 00 suivi de l’indicatif du pays lorsque aucune région n’est indiquée
reason-phone-calling-code = comporte un indicatif téléphonique de pays inconnu
reason-phone-too-short = comporte trop peu de chiffres pour un numéro de téléphone
reason-phone-too-long = comporte trop de chiffres pour un numéro de téléphone
reason-phone-invalid = n’est pas un numéro de téléphone
# $region (chaîne) : un code de pays (BE, MA…).
reason-phone-invalid-for-region = n’est pas un numéro valide pour la région { $region }
reason-phone-invalid-international = n’est pas un numéro international valide
reason-phone-no-plan = la région { $region } n’a pas de plan de numérotation téléphonique
# $letter (chaîne) : la lettre arabe, entre apostrophes.
reason-plate-arabic-letter = comporte la lettre arabe { $letter }, qui ne fait pas partie des lettres de série marocaines (أ ب د ه و ط ي) ; saisissez la plaque telle qu’elle se lit en caractères latins
reason-social-unknown-platform = désigne une plateforme inconnue ; utilisez x, facebook, instagram, telegram, tiktok, youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk ou other
# $platform (chaîne) : le nom de la plateforme (Instagram, Telegram…).
reason-social-other-site = est un lien vers un autre site, et non vers un compte { $platform }
reason-social-signal-link = est un lien Signal, qui ne peut pas être lu ; indiquez le nom d’utilisateur ou le numéro de téléphone
reason-social-not-account = est un lien vers { $platform }, mais pas vers un compte
reason-social-discord-tag = est un ancien identifiant Discord (nom#1234), qui n’est plus unique ; indiquez le nom d’utilisateur actuel ou l’identifiant numérique de l’utilisateur
reason-social-letter-first = doit commencer par une lettre (nom d’utilisateur { $platform })
reason-social-signal-username = doit être un nom d’utilisateur Signal tel que name.01 (un nom, un point et au moins deux chiffres)
reason-social-youtube-channel = n’est pas un identifiant de chaîne YouTube (UC suivi de 22 lettres, chiffres, « _ » ou « - »)
# $user (chaîne) : un nom d’utilisateur.
reason-team-not-member = « { $user } » n’est ni magistrat du parquet, ni greffier, ni magistrat validateur de ce nœud
reason-team-must-include-you = doit vous inclure ({ $user })
reason-reference-taken = n’est pas disponible : un autre dossier l’utilise
# $version (chaîne) : le numéro de version actuel du dossier.
reason-version-conflict = le dossier a été modifié par une autre personne depuis l’ouverture de ce formulaire (version actuelle : { $version }) ; rouvrez-le pour prendre connaissance de ces modifications, puis apportez les vôtres
# Fragments insérés dans les motifs ci-dessus.
reason-part-digits-range = de { $min } à { $max } chiffres
reason-part-digits-either = { $a } ou { $b } chiffres
reason-part-hex-after-0x = { $n } chiffres hexadécimaux après 0x
reason-part-at-most = { $max } au maximum
reason-part-range-platform = de { $min } à { $max } ({ $platform })
reason-part-range = de { $min } à { $max }
reason-part-eip55 = EIP-55 (majuscules et minuscules)
reason-part-string-type = chaîne de caractères
reason-part-sequence = liste
reason-part-sequence-found = liste
reason-part-map = objet
reason-part-struct = objet { $name }
# $value (chaîne) : la valeur telle que le fichier l’écrit, entre guillemets.
reason-part-integer = nombre entier { $value }
reason-part-float = nombre décimal { $value }
reason-part-boolean = booléen { $value }
reason-part-string = chaîne { $value }

# The purpose of reading a case (SPEC §7)
purpose-title = Pourquoi ouvrez-vous ce dossier ?
purpose-explained = Le dossier { $case } contient des données personnelles. Chaque consultation est inscrite au registre d’audit avec sa finalité. Votre réponse vaut pour ce dossier jusqu’à votre déconnexion.
purpose-legend = Finalité de la consultation
purpose-investigation = Travail sur cette enquête ou ces poursuites
purpose-review = Réexamen périodique du dossier
purpose-link_follow_up = Suite à donner à un lien avec le dossier d’une autre autorité
purpose-cooperation = Une demande d’une autre autorité ou d’un fournisseur
purpose-data_protection = Une demande ou un contrôle relatif à la protection des données
purpose-other = Autre (à préciser ci-dessous)
purpose-detail = Précisions (obligatoires pour « Autre »)
purpose-recorded = La finalité, votre nom et l’heure sont inscrits au registre d’audit, que les autorités de contrôle de la protection des données peuvent vérifier.
purpose-continue = Ouvrir le dossier
purpose-cancel = Retour aux dossiers
purpose-stated = Finalité déclarée : { $purpose }
purpose-change = Modifier
reason-purpose-other-detail = est obligatoire lorsque la finalité est « Autre »
reason-not-one-of = « { $value } » ne fait pas partie de : { $list }

# Messages between authorities about a link (SPEC §5)
messages-title = Messages avec l’autre autorité
messages-explained = Les messages sur ce lien ne vont qu’à { $authority }, chiffrés de bout en bout : le hub les relaie sans pouvoir les lire. Chacun est signé par son autorité, et la signature est vérifiée auprès de l’annuaire de la fédération.
messages-none = Aucun message pour l’instant.
messages-bytes = octets
messages-read-by = Lu par { $name }
messages-delivered = Remis, pas encore lu
messages-pending = En attente de remise
messages-signature-bad = La signature n’est pas valable :
messages-signed-by = Signé par { $authority }, vérifié auprès de l’annuaire
messages-write = Écrire à { $authority }
messages-attach = Pièces jointes (5 au plus, 16 Mo en tout)
messages-sealed = Scellé ici pour l’autre autorité seule ; votre nom et l’heure l’accompagnent, et l’envoi est inscrit au registre d’audit.
messages-send = Envoyer

# Orders to providers (SPEC §6)
nav-orders = Injonctions
case-new-order = Nouvelle injonction à un fournisseur
orders-title = Injonctions aux fournisseurs
orders-explained = Les injonctions de production et de conservation des dossiers de vos équipes, les plus urgentes d’abord. Chacune est validée par une seconde personne, signée au nom de cette autorité et scellée pour le seul fournisseur.
orders-new-hint = Pour rédiger une injonction, ouvrez son dossier et choisissez « Nouvelle injonction à un fournisseur ».
orders-none = Aucune injonction pour l’instant.
order-title = Injonction
order-new-title = Nouvelle injonction
order-print-title = Certificat d’injonction
order-reference = Référence
order-case = Dossier
order-provider = Fournisseur
order-provider-state = État du fournisseur (où il est établi ou représenté)
order-urgency = Urgence
order-deadline = Échéance
order-framework = Cadre juridique
order-type = Type d’injonction
order-categories = Catégories de données
order-targets = Cibles
order-target = Cible { $n }
order-period = Période
order-from = Du
order-to = Au
order-offence = Infraction
order-max-penalty = Peine maximale encourue (années)
order-max-penalty-years = peine maximale de { $n } ans
order-terrorism = Une infraction terroriste (directive (UE) 2017/541)
order-terrorism-short = infraction terroriste
order-necessity = Nécessité et proportionnalité
order-confidential = Le fournisseur ne doit pas informer la personne concernée
order-not-confidential = Le fournisseur peut informer la personne concernée
order-domestic = L’infraction a été commise dans notre État, et la personne y réside
order-mla-reference = Décision d’entraide judiciaire (pour une injonction émise sur son fondement)
order-file-reference = Numéro de dossier
order-language = Langue du certificat destiné au fournisseur
order-no-capacity = Aucune qualité pour émettre des injonctions n’est enregistrée pour votre compte : un administrateur la fixe (procureur ou juge).
order-form-explained = Le cadre juridique détermine qui peut ordonner la communication de quelles données, les délais et les notifications ; le formulaire indique ce qui manque.
order-form-after = Enregistrée comme brouillon. Sauf s’il s’agit d’une injonction d’urgence portant uniquement sur des données relatives aux abonnés ou d’identification, une seconde personne la valide avant qu’elle puisse être envoyée.
order-save-draft = Enregistrer le brouillon
order-section-basis = Base juridique
order-section-provider = Fournisseur
order-section-data = Données
order-section-grounds = Motivation
order-notification = Notification à l’État du fournisseur
order-notification-required = Requise : l’autorité de { $state } reçoit notification (e-Evidence, art. 8)
order-notification-none = Non requise
order-validation = Validation
order-needs-judge = Doit être validée par un juge avant d’être envoyée
order-needs-validation = Doit être validée par une seconde personne avant d’être envoyée
order-may-post-validate = Urgence : peut être envoyée d’abord, puis validée dans les 48 heures
order-validation-due = validation à obtenir au plus tard le { $at }, faute de quoi l’injonction est retirée
order-not-received = pas encore reçue
order-time-left = il reste { $hours } h { $minutes } min
order-overdue-by = en retard de { $hours } h { $minutes } min
order-answered-on-time = réponse dans le délai
order-answered-late = réponse hors délai
order-objection = Objection du fournisseur
order-package = Paquet de données du fournisseur
order-package-hash = Scellé pour cette seule autorité ; SHA-256 { $hash }, réception confirmée par un accusé de réception signé.
order-refused-by-provider = Refusée par le fournisseur
order-actions = Suite à donner
order-validate = Valider
order-send = Signer et envoyer
order-send-explained = Signée avec la clé de cette autorité et scellée pour le seul fournisseur ; elle n’est envoyée qu’une fois et ne peut pas l’être à nouveau.
order-withdraw = Retirer
order-withdraw-why = Motif du retrait
order-timeline = Chronologie
order-when = Date
order-step = Étape
order-who = Qui
order-detail = Détail
order-print = Version imprimable
order-certificate-production = Certificat d’injonction européenne de production
order-certificate-preservation = Certificat d’injonction européenne de conservation
order-print-explained = Présenté comme les certificats e-Evidence (règlement (UE) 2023/1543, annexes I et II), dans la langue choisie par le fournisseur.
order-print-addressee = Destinataire
order-print-issuer = Autorité d’émission
order-print-validation = Autorité de validation
order-print-no-validation = Injonction d’urgence envoyée avant validation.
order-print-draft = Pas encore envoyée : brouillon.
order-print-urgency = Urgence et base juridique
order-print-data = Données demandées
order-print-offence = Infraction
order-print-confidentiality = Confidentialité et notification
order-print-signature = Signature
order-print-signed = Signé par { $authority } avec sa clé inscrite dans l’annuaire de la fédération ; lettre
urgency-emergency = Urgence (8 heures)
urgency-standard = Ordinaire
framework-e_evidence = Règlement e-Evidence (UE) 2023/1543
framework-budapest = Convention de Budapest, deuxième protocole (art. 7)
framework-mla = Entraide judiciaire bilatérale
framework-national = Droit national
order-type-production = Production (communiquer les données)
order-type-preservation = Conservation (conserver les données)
category-subscriber = Données relatives aux abonnés
category-identification = Données permettant d’identifier l’utilisateur (adresse IP)
category-traffic = Données relatives au trafic
category-content = Données relatives au contenu
capacity-prosecutor = procureur
capacity-judge = juge
order-status-draft = Brouillon
order-status-validated = Validée
order-status-sent = Envoyée
order-status-received = Reçue
order-status-acknowledged = Réception confirmée
order-status-fulfilled = Exécutée
order-status-objected = Contestée
order-status-closed = Clôturée
order-status-withdrawn = Retirée
order-status-refused = Refusée
order-step-drafted = Rédigée
order-step-validated = Validée
order-step-sent = Signée et envoyée
order-step-received = Reçue par le fournisseur
order-step-acknowledged = Réception confirmée
order-step-fulfilled = Exécutée
order-step-objected = Contestée
order-step-refused = Refusée par le fournisseur
order-step-withdrawn = Retirée
order-step-overdue = Délai dépassé, signalée à la hiérarchie
order-step-package_refused = Paquet de données refusé
order-step-package_receipt = Accusé de réception du paquet
orders-overdue-notice =
    { $n ->
        [one] { $n } injonction a dépassé son délai sans réponse : elle figure en tête de liste.
       *[other] { $n } injonctions ont dépassé leur délai sans réponse : elles figurent en tête de liste.
    }
order-preserved = Le fournisseur conserve les données
order-preserved-until = Conservées jusqu’au { $at }, pour une injonction de production ultérieure.
order-extend = Prolonger la conservation de 30 jours (une fois)
order-step-preserved = Données conservées
order-step-extended = Conservation prolongée

# The provider's portal (SPEC §6)
nav-received = Injonctions reçues
received-title = Injonctions reçues
received-order-title = Injonction reçue
received-explained = Les injonctions adressées à ce fournisseur. Chacune a été vérifiée à son arrivée : signée par une autorité de poursuite de l’annuaire de la fédération, validée là où les règles l’exigent, permise par son cadre juridique, non expirée, jamais reçue auparavant.
received-none = Aucune injonction reçue.
received-from = De
received-verdict = Vérifications
received-verified-short = vérifiée
received-refused-short = refusée
received-verified = VÉRIFIÉE : vous pouvez répondre à cette injonction.
received-verified-explained = Signée par { $authority } avec la clé que l’annuaire de la fédération lui attribue, inchangée depuis ; validée là où les règles l’exigent ; permise par son cadre juridique ; non expirée ; jamais reçue auparavant.
received-refused = REFUSÉE : ne répondez pas à cette injonction. L’autorité émettrice a été informée des motifs :
received-answer = Notre réponse
received-acknowledge = Accuser réception
received-preserve = Données conservées
received-package = Fichiers du paquet de données
received-package-explained = Scellés ici pour la seule autorité émettrice, avec leur SHA-256 ; son accusé signé de cette empreinte revient.
received-fulfil = Envoyer le paquet de données
received-grounds = Motifs de l’opposition
received-object = S’opposer

# Reasons of orders (SPEC §6)
reason-order-signer-not-authority = elle est signée par { $signer }, qui n’est pas une autorité de poursuite de l’annuaire
reason-order-issuer-mismatch = elle désigne { $issuer } comme autorité d’émission mais a été signée par { $signer }
reason-order-not-for-me = elle est adressée à { $to }, et non à { $me }
reason-order-replayed = cette injonction ({ $id }) a déjà été reçue le { $at } : une seconde copie n’est pas une nouvelle injonction
reason-order-expired = elle a expiré le { $at } (émise le { $issued }, elle devait être reçue dans son délai de réponse)
reason-order-not-validated = elle doit être validée par une seconde personne avant d’être envoyée, et aucune validation n’est enregistrée
reason-order-validated-by-issuer = elle a été validée par son propre émetteur ({ $name }) : la validation revient à une seconde personne
reason-order-capacity-mismatch = l’injonction indique être émise en qualité de « { $a } », son signataire a la qualité de « { $b } »
reason-order-reference-reused = { $reference } désignait déjà une autre injonction de { $from } : une référence, une injonction
reason-order-not-eevidence-state = { $state } n’est pas lié par le règlement e-Evidence (les États membres de l’UE, sauf le Danemark)
reason-order-eevidence-same-state = est l’État d’émission { $state } : le règlement e-Evidence vise les fournisseurs établis dans un autre État membre ; appliquez le droit national
reason-order-eevidence-from = le règlement e-Evidence s’applique à compter du { $date }
reason-order-threshold = les données relatives au trafic et au contenu ne peuvent être demandées en vertu du règlement e-Evidence que pour des infractions punies d’au moins 3 ans d’emprisonnement, ou pour des infractions terroristes (art. 5(4))
reason-order-budapest-category = les données « { $category } » ne peuvent pas être demandées directement à un fournisseur en vertu du deuxième protocole, qui ne permet que les informations relatives aux abonnés (art. 7) ; passez par l’entraide judiciaire
reason-order-budapest-emergency = le deuxième protocole ne prévoit pas d’injonction d’urgence aux fournisseurs : la divulgation d’urgence passe d’autorité à autorité (art. 9-10)
reason-order-budapest-same-state = est l’État d’émission { $state } : le deuxième protocole vise les fournisseurs établis dans une autre Partie ; appliquez le droit national
reason-order-mla-reference = est obligatoire : une injonction fondée sur l’entraide judiciaire exécute une demande accordée par l’État du fournisseur
reason-order-national-state = est { $provider }, et non l’État d’émission { $state } : le droit national ne s’applique qu’aux fournisseurs établis dans l’État d’émission
reason-order-needs-judge = les données « { $category } » exigent une injonction émise ou validée par un juge dans le cadre « { $framework } » ; un procureur peut ordonner la communication des données relatives aux abonnés et d’identification
reason-order-member-code = « { $value } » n’est pas un code de membre (comme PROV-TELCO)
reason-order-years = « { $value } » n’est pas un nombre d’années (de 0 à 99)
reason-order-no-target = au moins un identifiant cible est obligatoire
reason-order-no-category = au moins une catégorie de données est obligatoire
reason-order-before-start = précède le début de la période ({ $date })
reason-order-to-future = « { $date } » est une date future : une injonction porte sur des données qui existent
reason-order-changed = l’injonction a été modifiée entre-temps par quelqu’un d’autre ; ouvrez-la à nouveau
reason-order-drafter-capacity = qualité : l’injonction indique « { $a } », le rédacteur agit en qualité de « { $b } »
reason-order-second-person = une injonction est validée par une seconde personne, et non par celle qui l’a rédigée ou envoyée
reason-order-validated-already = l’injonction est déjà validée
reason-order-no-capacity-validate = aucune qualité pour valider des injonctions n’est enregistrée pour vous
reason-order-no-capacity-issue = aucune qualité pour émettre des injonctions n’est enregistrée pour vous
reason-order-issuer-capacity = l’injonction est émise en qualité de « { $a } », vous agissez en qualité de « { $b } »
reason-order-validator-issues = la personne qui a validé l’injonction ne peut pas aussi l’émettre
reason-order-preserve-not-fulfil = on répond à une injonction de conservation en conservant les données (conserver), et non en les communiquant
reason-order-preserve-only = seule une injonction de conservation appelle une réponse par la conservation des données
reason-order-no-file = fichier : un paquet de données doit comporter au moins un fichier
reason-order-step = l’étape « { $step } » est impossible pour une injonction au statut « { $status } »
reason-order-validate-first = elle doit être validée par une seconde personne avant d’être envoyée
reason-order-extend-preservation-only = seule une injonction de conservation peut être prolongée
reason-order-extend-once = une injonction de conservation ne peut être prolongée qu’une seule fois
reason-order-not-received-yet = le fournisseur ne l’a pas encore reçue
reason-order-preservation-ended = sa période de conservation a pris fin le { $date }
reason-field = { $field } : { $reason }
