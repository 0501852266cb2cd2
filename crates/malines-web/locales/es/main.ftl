## Interfaz web de Malines: español. El inglés es la lengua de referencia:
## todo mensaje de locales/en/main.ftl debe existir aquí, y ningún otro
## (si no, fallan los tests de src/i18n.rs).

app-name = Malines
skip-to-content = Ir al contenido
footer-safeguards = Los vínculos son indicios que debe valorar una persona, nunca decisiones. Los datos personales nunca salen de este nodo en claro.
back-home = Volver a la página de inicio
cancel = Cancelar
none = Ninguno
percent = { $value } %

## Navegación

nav-label = Menú principal
nav-cases = Expedientes
nav-links = Vínculos
nav-graph = Grafo de vínculos
nav-import = Importar
nav-users = Usuarios
nav-sign-out = Cerrar sesión
language = Idioma
language-apply = Cambiar

## Inicio de sesión

sign-in-title = Iniciar sesión
sign-in-submit = Continuar
sign-in-hint = Después de la contraseña se le pedirá el código de 6 dígitos de su aplicación de autenticación.
sign-in-refused = Nombre de usuario o contraseña incorrectos.
sign-in-locked = Esta cuenta se ha bloqueado tras varios intentos fallidos. Vuelva a intentarlo más tarde o consulte a su administrador.
field-username = Nombre de usuario
field-password = Contraseña
totp-title = Segundo factor
field-totp = Código de su aplicación de autenticación
totp-hint = Seis dígitos; cada código solo puede usarse una vez.
totp-submit = Iniciar sesión
totp-refused = Este código no es válido. Introduzca el código actual.

## Errores

error-title = Se ha producido un error
error-sign-in = Inicie sesión.
error-forbidden = Su rol no permite acceder a esta página.
error-not-found = No hay nada aquí, o no forma parte de sus expedientes.
error-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request = La solicitud ha sido rechazada.
error-internal = Se ha producido un error interno. Ha quedado registrado; inténtelo de nuevo o póngase en contacto con su administrador.
# $field (cadena): la etiqueta del campo, ya traducida.
error-field-required = El campo «{ $field }» es obligatorio
# $n (número): cuántos errores tiene el formulario.
form-errors =
    { $n ->
        [one] El formulario tiene { $n } error. No se ha guardado nada.
       *[other] El formulario tiene { $n } errores. No se ha guardado nada.
    }

## Roles

role-prosecutor = Fiscal
role-clerk = Letrado de la Administración de Justicia
role-validator = Magistrado validador
role-auditor = Auditor de protección de datos
role-admin = Administrador

## Lista de expedientes

cases-title = Expedientes
case-title = Expediente
cases-filter = Filtrar los expedientes
cases-search = Referencia o título
cases-review-due = Revisión en los próximos 90 días
cases-none = Ningún expediente coincide. Solo se muestran los expedientes de sus equipos.
cases-subjects = Sujetos
cases-identifiers = Identificadores
# $n (número): cuántos expedientes se muestran.
cases-count =
    { $n ->
        [one] { $n } expediente
       *[other] { $n } expedientes
    }
filter-any = Cualquiera
filter-all = Todos
filter-none = —
filter-apply = Aplicar
review-overdue = revisión vencida
case-new = Nuevo expediente

## Campos del expediente

field-reference = Referencia
field-title = Título
field-stage = Fase procesal
field-status = Estado
field-terrorism-type = Tipo de terrorismo
field-offences = Delitos (uno por línea)
field-legal-qualification = Calificación jurídica
field-group = Pertenencia a grupo u organización
field-opened-on = Fecha de apertura
field-review-due = Fecha límite de revisión
field-team = Equipo (nombres de usuario)
field-ref = Ref.
field-name = Nombre
field-family-names = Apellidos
field-given-names = Nombre de pila
field-original-script = Nombre en la escritura original
field-aliases = Alias (separados por ;)
field-birth-date = Fecha de nacimiento
field-place-of-birth = Lugar de nacimiento
field-nationalities = Nacionalidades
field-sex = Sexo
field-residence = Domicilio
field-shared = Compartido
field-shared-with-hub = Compartir para cotejo
field-identifier-type = Tipo
field-value = Valor
field-subject = Sujeto
field-subject-ref = Sujeto (ref.)
field-doc-type = Tipo de documento
field-country = País
field-platform = Plataforma
field-role = Rol
field-display-name = Nombre completo

stage-investigation = Instrucción
stage-prosecution = Acusación
stage-trial = Juicio oral
stage-final_judgment = Sentencia firme
stage-acquittal = Absolución
stage-not_prosecuted = Archivo / sobreseimiento
status-open = Abierto
status-closed = Cerrado
terrorism-jihadist = Yihadista
terrorism-ethno_nationalist_separatist = Etnonacionalista y separatista
terrorism-left_wing_anarchist = De extrema izquierda y anarquista
terrorism-right_wing = De extrema derecha
terrorism-single_issue = De causa única
terrorism-other = Otro
terrorism-unspecified = No especificado
sex-f = Femenino
sex-m = Masculino
sex-x = Desconocido
doc-passport = Pasaporte
doc-national_id = Documento nacional de identidad
doc-residence_permit = Permiso de residencia
doc-driving_licence = Permiso de conducción
doc-other = Otro documento
kind-phone = Teléfono
kind-email = Correo electrónico
kind-identity_document = Documento de identidad
kind-iban = IBAN
kind-imei = IMEI
kind-imsi = IMSI
kind-ip_address = Dirección IP
kind-crypto_address = Dirección de criptomonedas
kind-social_media = Cuenta de red social
kind-vehicle_plate = Matrícula de vehículo
kind-domain = Nombre de dominio
shared-yes = compartido
shared-no = conservado en este nodo

## Página del expediente

case-edit = Modificar
case-version = Versión
case-persons = Personas
case-organisations = Organizaciones
case-identifiers = Identificadores
case-links = Vínculos con otras autoridades
case-no-links = Ningún vínculo por ahora.
case-sharing-explained = Lo marcado como compartido se compara con los expedientes de las demás autoridades en forma de codificaciones con clave; los nombres, las fechas y los números nunca salen de este nodo en claro. Lo que se conserva en este nodo nunca se compara.
case-review-overdue-notice = La fecha de revisión de esta causa ha pasado: ya no se compara con las causas de otras autoridades y sus vínculos se retiran, hasta que un miembro de su equipo la revise y fije una nueva fecha.
case-closed-notice = Este expediente está cerrado: ya no se compara con los expedientes de otras autoridades.

## Formulario del expediente

case-new-title = Nuevo expediente
case-edit-title = Modificar el expediente
case-section-case = El expediente
case-form-hint = Fechas en formato AAAA-MM-DD. Si no se indica fecha de revisión, se fija en tres años después de la apertura.
case-save = Guardar
row-add-person = Añadir una persona
row-add-organisation = Añadir una organización
row-add-identifier = Añadir un identificador
# $n (cadena): el número de la fila.
row-person = Persona { $n }
row-organisation = Organización { $n }
row-identifier = Identificador { $n }
identifier-form-hint = Teléfonos en formato internacional (+32…) o tal como se marcan en este país; los documentos requieren su tipo y su país de expedición; las matrículas, su país; las cuentas, su plataforma.

## Importación

import-title = Importar expedientes
import-explained = Un archivo CSV o JSON de expedientes (formato descrito en docs/import.md). Primero se comprueba el archivo completo: o se guardan todos los expedientes, o ninguno, y se le muestra la lista de problemas.
import-file = Archivo
import-file-hint = .csv o .json, 64 MiB como máximo.
import-submit = Comprobar e importar
import-no-file = Elija un archivo.
import-bad-extension = El nombre del archivo debe terminar en .csv o .json.
import-not-your-case = Esta referencia no está disponible para usted.
# $file (cadena): el nombre del archivo.
import-refused = { $file }: rechazado, no se ha guardado nada
# $n (número)
import-problems =
    { $n ->
        [one] { $n } problema que corregir:
       *[other] { $n } problemas que corregir:
    }
import-line = Línea
import-field = Campo
import-reason = Problema
import-done = { $file }: importado
import-created =
    { $n ->
        [one] { $n } expediente creado
       *[other] { $n } expedientes creados
    }
import-updated =
    { $n ->
        [one] { $n } expediente actualizado
       *[other] { $n } expedientes actualizados
    }
import-unchanged =
    { $n ->
        [one] { $n } expediente sin cambios
       *[other] { $n } expedientes sin cambios
    }

## Vínculos

links-title = Vínculos
link-title = Vínculo
links-explained = Un vínculo significa que un expediente de otra autoridad se refiere a la misma persona, teléfono, documento o cuenta que uno de sus expedientes. Usted ve en qué se basa; la otra autoridad ve lo mismo de su lado, nunca sus datos.
links-filter = Vínculos por estado
links-none = No hay ningún vínculo aquí.
link-status-new = Nuevo
link-status-seen = Visto
link-status-followed_up = Atendido
link-status-dismissed = Descartado
link-retracted = Retirado
link-my-case = Mi expediente
link-other-authority = Otra autoridad
link-other-case = Expediente de la otra autoridad (token)
link-on = Basado en
link-score = Intensidad
link-received = Recibido
link-reason = Motivo del descarte
# $authority (cadena): el código de la otra autoridad.
link-with = Vínculo con { $authority }
link-retracted-notice = Este vínculo se ha retirado: uno de los dos expedientes ha cambiado, se ha cerrado o ha dejado de compartir lo que lo originó.
link-no-decision = Este vínculo es un indicio, no una constatación: compare los elementos y, si se confirma, póngase en contacto con la otra autoridad.
link-evidence = Elementos de coincidencia
link-evidence-explained = Qué registros de sus expedientes coincidieron con uno de la otra autoridad, en qué tipo de datos y con qué intensidad. Los registros de la otra autoridad permanecen en su poder.
evidence-my-record = Mi registro
evidence-strength = Intensidad
evidence-detail = Detalle
evidence-given = Nombre de pila
evidence-family = Apellidos
evidence-dob = Fecha de nacimiento
evidence-swapped = Nombres coincidentes de forma cruzada (nombre de pila con apellido)
evidence-variants = Nombres utilizados (por mi parte / por la otra autoridad)
evidence-exact = Mismo valor, exactamente
variant-registered = nombre tal como consta registrado
variant-other = alias o escritura original
similarity-missing = falta en uno de los lados
strength-exact = exacta
strength-strong = fuerte
strength-good = buena
strength-weak = débil
dob-same_day = misma fecha
dob-same_month = mismo mes y año (fecha parcial en uno de los lados)
dob-same_year = mismo año (fecha parcial en uno de los lados)
dob-one_digit_differs = difiere un dígito (posible error tipográfico)
dob-day_month_swapped = día y mes invertidos
dob-same_year_day_or_month_differs = mismo año, difiere el día o el mes
dob-year_differs = difiere el año
dob-different = distinta
dob-unknown = falta en uno de los lados
on-person = persona
on-organisation = organización
on-phone = teléfono
on-email = correo electrónico
on-identity_document = documento de identidad
on-iban = IBAN
on-imei = IMEI
on-imsi = IMSI
on-ip_address = dirección IP
on-crypto_address = dirección de criptomonedas
on-social_media = cuenta de red social
on-vehicle_plate = matrícula de vehículo
on-domain = nombre de dominio
link-handle = Qué hacer con él
link-mark-followed-up = Marcar como atendido
link-dismiss-reason = Motivo para descartarlo
link-dismiss = Descartar
link-reason-required = Indique por qué se descarta el vínculo.
link-reopen = Devolver a la bandeja de entrada

## Países

country-BE = Bélgica
country-FR = Francia
country-ES = España
country-MA = Marruecos
country-NL = Países Bajos
country-DE = Alemania
country-IT = Italia
country-PT = Portugal

## Grafo de vínculos

graph-title = Grafo de vínculos
graph-desc = Sus expedientes y los expedientes de otras autoridades con los que están vinculados; las líneas más gruesas indican vínculos más fuertes, y las discontinuas, vínculos retirados.
graph-explained = Cada uno de sus expedientes está unido a los expedientes de otras autoridades con los que está vinculado, coloreados por país. Seleccione un expediente o una línea para abrirlo.
graph-legend-own = Mi expediente
graph-legend-retracted = Vínculo retirado
# $case (cadena): la referencia del expediente.
graph-own-case = Mi expediente { $case }

## Perfil

profile-title = Mi perfil
profile-role-explained = Su rol determina lo que puede hacer aquí. Solo ve los expedientes de sus equipos.

## Usuarios (administradores)

users-title = Usuarios
users-action = Acción
users-active = activo
users-disabled = desactivado
users-locked = bloqueado
users-enable = Activar
users-disable = Desactivar
users-add = Añadir un usuario
users-add-submit = Crear
users-password-hint = Contraseña provisional: transmítala al usuario por otro canal; elegirá la suya en el primer inicio de sesión.
# $user (cadena)
users-created = Se ha creado la cuenta { $user }

## Enrolment

enrol-title = Elija su contraseña y su segundo factor
enrol-explained = Un administrador ha creado o restablecido su cuenta. Elija su propia contraseña, añada este secreto a su aplicación de autenticación e introduzca el código que muestre. A partir de ahí, nadie más conocerá ninguno de los dos.
enrol-secret = Secreto para su aplicación de autenticación
enrol-uri = Dirección otpauth (para un código QR)
field-new-password = Nueva contraseña
field-confirm-password = Repita la nueva contraseña
enrol-submit = Guardar e iniciar sesión
enrol-passwords-differ = Las dos contraseñas no coinciden.
enrol-password-short = La contraseña debe tener al menos 12 caracteres.
enrol-bad-code = Este código no corresponde al secreto indicado. Compruebe la hora de su dispositivo e introduzca el código actual.
users-enrol-next = En el primer inicio de sesión, el usuario elige su propia contraseña y registra su propio segundo factor: usted no conocerá ninguno de los dos.

## Audit

nav-audit = Auditoría
audit-title = Registro de auditoría
audit-explained = Cada inicio de sesión, cada lectura de datos de una causa, cada modificación y cada tratamiento de un vínculo quedan registrados aquí, en un árbol de Merkle al que solo se puede añadir (RFC 9162). Las cabeceras de árbol firmadas permiten a quien haya guardado una demostrar después que nada anterior fue reescrito.
audit-size = Entradas
audit-root = Hash raíz
audit-verify = Firmar una cabecera y verificar todo el registro
audit-verified = El registro está íntegro. Entradas releídas: { $n }. Raíz:
audit-verify-problem = El registro no se verifica:
audit-cli = Un órgano de control verifica con la línea de órdenes, a partir de una cabecera que haya guardado:
audit-heads = Cabeceras de árbol firmadas
audit-no-heads = Aún no hay cabeceras firmadas.
audit-at = Fecha
audit-entries = Últimas entradas
audit-actor = Quién
audit-action = Qué
audit-target = Sobre qué
audit-purpose = Finalidad
audit-detail = Detalle

## Retention

field-decided-on = Fecha de la decisión (sentencia, absolución, archivo)
case-kept-until = Conservada hasta
