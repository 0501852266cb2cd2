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
case-form-hint = Dates au format AAAA-MM-JJ. Si aucune date de réexamen n’est indiquée, elle est fixée à trois ans après l’ouverture.
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
