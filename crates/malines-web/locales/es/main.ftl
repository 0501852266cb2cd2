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
role-responder = Equipo de respuesta

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
case-form-hint =
    { $n ->
        [one] Fechas en formato AAAA-MM-DD. Si no se indica fecha de revisión, se fija en un año después de la apertura; no puede superar en más de un año la fecha de hoy.
       *[other] Fechas en formato AAAA-MM-DD. Si no se indica fecha de revisión, se fija en { $n } años después de la apertura; no puede superar en más de { $n } años la fecha de hoy.
    }
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
links-unread = Mensajes no leídos
link-messages = Mensajes
link-messages-unread =
    { $n ->
        [one] { $n } sin leer
       *[other] { $n } sin leer
    }
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
evidence-place = Lugar de nacimiento
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
place-same = mismo lugar
place-different = lugares distintos
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

## Motivos de rechazo (src/reasons.rs). Los crates del dominio los redactan en
## inglés; estos mensajes los traducen. Las variables conservan el texto del
## motivo: valores introducidos por el usuario ($value, $date, $ref…), fechas,
## números, regiones y listas de valores admitidos, sin cambios.
## Las variables $…_label son la etiqueta de la interfaz para un valor registrado.

reason-required = debe cumplimentarse
# $n (cadena): la longitud introducida; $max (cadena): el máximo permitido.
reason-text-too-long = excede la longitud máxima ({ $n } caracteres; máximo: { $max })
reason-control-characters = contiene caracteres de control
reason-direction-control = contiene un carácter de control de la dirección del texto
reason-too-many-entries-counted = contiene demasiadas entradas ({ $n }; máximo: { $max })
reason-too-many-entries = contiene demasiadas entradas (máximo: { $max })
# $i (cadena): la posición de la entrada; $reason (cadena): el motivo, ya traducido.
reason-list-entry = entrada { $i }: { $reason }
reason-shared-not-yes-no = shared: «{ $value }» no es «sí» ni «no»
reason-not-yes-no = «{ $value }» no es «sí» ni «no»
reason-incomplete-record = registro incompleto
reason-date-malformed = «{ $value }» no es una fecha (formato esperado: AAAA, AAAA-MM o AAAA-MM-DD)
# $month (cadena): el nombre inglés del mes; $month_label: el mismo mes en español.
reason-date-no-such-day = «{ $value }» no es una fecha: el { $day } de { $month_label } de { $year } no existe
# $value (cadena): el nombre inglés de un mes, de January a December.
reason-month =
    { $value ->
        [January] enero
        [February] febrero
        [March] marzo
        [April] abril
        [May] mayo
        [June] junio
        [July] julio
        [August] agosto
        [September] septiembre
        [October] octubre
        [November] noviembre
        [December] diciembre
       *[other] { $value }
    }
reason-year-malformed = «{ $value }» no es un año
reason-year-out-of-range = el año { $year } está fuera del intervalo admitido ({ $min }–{ $max })
reason-month-malformed = «{ $value }» no es un mes
reason-month-unknown = el mes { $month } no existe
reason-date-not-full = «{ $value }» no es una fecha completa (formato esperado: AAAA-MM-DD)
# $expected (cadena): los valores admitidos, tal como se escriben.
reason-unknown-stage = «{ $value }» no es una fase procesal conocida (valores admitidos: { $expected })
reason-unknown-status = «{ $value }» no es un estado conocido (valores admitidos: { $expected })
reason-unknown-terrorism-type = «{ $value }» no es un tipo de terrorismo conocido (valores admitidos: { $expected })
reason-unknown-sex = «{ $value }» no es un valor de sexo conocido (valores admitidos: { $expected })
reason-unknown-identifier-type = «{ $value }» no es un tipo de identificador conocido (valores admitidos: { $expected })
reason-unknown-document-type = «{ $value }» no es un tipo de documento conocido (valores admitidos: { $expected })
# $kind (cadena): el tipo de identificador registrado (vehicle_plate); $kind_label: su etiqueta.
reason-required-for-kind = debe cumplimentarse en los identificadores del tipo «{ $kind_label }»
reason-person-needs-name = una persona debe tener apellidos, nombre de pila o un nombre en la escritura original
reason-date-in-future = «{ $date }» es una fecha futura
reason-ref-used-twice = la referencia «{ $ref }» está asignada a dos sujetos de este expediente
reason-subject-unknown = «{ $ref }» no designa a ninguna persona ni organización de este expediente
reason-before-opening = es anterior a la fecha de apertura ({ $date })
reason-review-too-far-yearly = es posterior al { $latest }: aquí cada causa se revisa al menos una vez al año, así que su próxima revisión vence en esa fecha; se indicó { $date }
reason-review-too-far = es posterior al { $latest }: aquí cada causa se revisa al menos cada { $n } años, así que su próxima revisión vence en esa fecha; se indicó { $date }
# $stage (cadena): la fase registrada (trial); $stage_label: su etiqueta.
reason-decision-date-stage = solo procede en caso de sentencia firme, absolución o archivo (la fase procesal es «{ $stage_label }»); fecha indicada: { $date }
reason-too-long-max = excede la longitud máxima ({ $max } caracteres como máximo)
reason-case-ref-characters = solo puede contener letras, cifras, espacios y - _ / . :
reason-subject-ref-format = debe tener de 1 a 32 caracteres entre letras ASCII, cifras, «-», «_» y «.»
reason-username-length = debe tener de 1 a 64 caracteres
reason-username-characters = solo puede contener a-z, 0-9, «.», «_» y «-»
reason-password-too-short = debe tener al menos { $min } caracteres
reason-password-too-long = debe tener como máximo { $max } bytes
reason-file-too-large = excede el tamaño máximo ({ $size } bytes; máximo: { $max })
reason-not-utf8 = no es un texto UTF-8 válido
reason-no-case = no contiene ningún expediente
# $line (cadena): la línea del archivo en la que aparece el expediente por primera vez.
reason-case-repeated = el expediente «{ $ref }» ya figura en la línea { $line }
# $known (cadena): las columnas del formato, separadas por comas.
reason-csv-unknown-column = no es una columna conocida (columnas conocidas: { $known })
reason-csv-missing-column = esta columna falta en la fila de cabecera
reason-csv-repeated-column = esta columna figura dos veces en la fila de cabecera
reason-csv-record-required = debe cumplimentarse (case, person, organisation o identifier)
reason-csv-record-unknown = «{ $value }» no es un tipo de registro (valores esperados: case, person, organisation o identifier)
# $record (cadena): el valor de la columna record de la fila (case, person…).
reason-csv-column-not-applicable = no procede en una fila del tipo «{ $record }»
reason-csv-case-row-repeated = el expediente «{ $ref }» ya tiene una fila del tipo case, en la línea { $line }
reason-csv-no-case-row = no hay ninguna fila del tipo case para «{ $ref }» en este archivo
# $cells (número): las celdas de la fila; $columns (número): las columnas de la cabecera.
reason-csv-cell-count =
    { $cells ->
        [one] tiene { $cells } celda
       *[other] tiene { $cells } celdas
    }, mientras que la fila de cabecera prevé { $columns }
reason-csv-unreadable = no puede leerse como archivo CSV
reason-json-eof-list = fin de archivo inesperado al leer una lista
reason-json-eof-object = fin de archivo inesperado al leer un objeto
reason-json-eof-string = fin de archivo inesperado al leer una cadena
reason-json-eof-value = fin de archivo inesperado al leer un valor
reason-json-expected-colon = se esperaba `:`
reason-json-expected-comma-or-bracket = se esperaba `,` o `]`
reason-json-expected-comma-or-brace = se esperaba `,` o `{ "}" }`
reason-json-expected-ident = se esperaba una palabra clave (true, false o null)
reason-json-expected-value = se esperaba un valor
reason-json-expected-quote = se esperaban comillas `"`
reason-json-invalid-escape = secuencia de escape no válida
reason-json-invalid-number = número no válido
reason-json-number-out-of-range = número fuera de rango
reason-json-invalid-code-point = punto de código Unicode no válido
reason-json-control-character = carácter de control (\u0000-\u001F) dentro de una cadena
reason-json-key-not-string = las claves deben ser cadenas
reason-json-lone-surrogate = sustituto inicial aislado en un escape hexadecimal
reason-json-trailing-comma = coma sobrante al final de una lista o de un objeto
reason-json-trailing-characters = caracteres sobrantes tras el final de los datos
reason-json-hex-escape-end = fin inesperado de un escape hexadecimal
reason-json-recursion-limit = se ha superado la profundidad máxima de anidamiento
# $found, $expected (cadena): tipos JSON (mensajes reason-part-…).
reason-json-invalid-type = tipo no válido: { $found }; se esperaba: { $expected }
# $field (cadena): un nombre de campo del archivo; $expected (cadena): los nombres admitidos.
reason-json-unknown-field-one-of = campo desconocido `{ $field }`; campos admitidos: { $expected }
reason-json-unknown-field-none = campo desconocido `{ $field }`; aquí no se admite ningún campo
reason-json-unknown-field = campo desconocido `{ $field }`; campo admitido: { $expected }
reason-json-missing-field = falta el campo `{ $field }`
reason-json-duplicate-field = campo `{ $field }` duplicado
reason-json-no-variant = el valor no corresponde a ninguna de las formas admitidas ({ $name })
reason-ident-empty = está en blanco
# $char (cadena): el carácter, entre apóstrofos, como '_' o '\u{202e}'.
reason-ident-bad-character = contiene un carácter no admitido aquí: { $char }
# $found (número): los caracteres contados; $expected (cadena): un mensaje reason-part-… o un número.
reason-ident-bad-length =
    { $found ->
        [one] tiene { $found } carácter
       *[other] tiene { $found } caracteres
    }; longitud esperada: { $expected }
# $check (cadena): el nombre de la verificación (IBAN mod-97, IMEI Luhn, bech32…).
reason-ident-checksum = no supera la verificación { $check }: probablemente se trata de un error de escritura
# $code (cadena): el código, entre comillas rectas.
reason-ident-unknown-country = { $code } no es un código de país ISO 3166-1
reason-country-format = debe ser un código de país ISO 3166-1 de dos letras, como MA o FR
reason-crypto-unknown-prefix = tiene un prefijo de cadena de bloques desconocido (prefijos conocidos: btc, ltc, eth, trx)
# $chain, $claimed (cadena): Bitcoin, Litecoin, Ethereum o Tron.
reason-crypto-prefix-mismatch = es una dirección de { $chain }, pero su prefijo indica { $claimed }
reason-crypto-bech32 = no es una dirección bech32 válida (mayúsculas y minúsculas mezcladas, o un carácter ajeno a su alfabeto)
reason-crypto-segwit = no es una dirección SegWit válida (versión del testigo o longitud)
reason-crypto-testnet = es una dirección de una red de pruebas, no una dirección real
reason-crypto-unrecognised = no es una dirección de criptomonedas reconocida (Bitcoin, Litecoin, Ethereum o Tron)
reason-crypto-version-byte = tiene un byte de versión base58check que no corresponde a ninguna cadena de bloques admitida
reason-imsi-mcc = debe empezar por el indicativo de país para móviles (MCC), que nunca empieza por 0
reason-iban-country-code = debe empezar por un código de país de dos letras, como MA o FR
reason-iban-no-iban = el país { $code } no emite IBAN
reason-iban-check-digits = debe tener dos dígitos de control después del código de país
reason-domain-url = parece una URL; indique solo el nombre de dominio, como example.org
reason-domain-email = parece una dirección de correo electrónico; indique solo el nombre de dominio
reason-domain-idna = no es un nombre de dominio internacionalizado válido (IDNA)
reason-domain-two-labels = debe tener al menos dos etiquetas, como example.org
reason-domain-empty-label = tiene una etiqueta vacía (dos puntos seguidos)
reason-domain-long-label = tiene una etiqueta de más de 63 caracteres
reason-domain-hyphen = tiene una etiqueta que empieza o termina por un guion
reason-domain-ip = es una dirección IP, no un nombre de dominio
reason-domain-numeric-tld = tiene una etiqueta de primer nivel exclusivamente numérica
reason-email-no-at = debe contener una @
reason-email-several-at = solo puede contener una @
reason-email-nothing-before = no tiene nada antes de la @
reason-email-nothing-after = no tiene nada después de la @
reason-email-misplaced-dot = tiene un punto mal colocado antes de la @ (en un extremo, o dos seguidos)
reason-email-local-too-long = tiene más de 64 caracteres antes de la @
reason-ip-cidr = debe ser una única dirección, sin longitud de prefijo (CIDR)
reason-ip-zone = no debe incluir un índice de zona (la parte que sigue a %)
reason-ip-port = no debe incluir un número de puerto
reason-ip-invalid = no es una dirección IPv4 ni IPv6 válida
reason-phone-no-region = debe empezar por + o 00 y el prefijo del país cuando no se indica ninguna región
reason-phone-calling-code = tiene un prefijo telefónico de país desconocido
reason-phone-too-short = tiene muy pocas cifras para ser un número de teléfono
reason-phone-too-long = tiene demasiadas cifras para ser un número de teléfono
reason-phone-invalid = no es un número de teléfono
# $region (cadena): un código de país (BE, MA…).
reason-phone-invalid-for-region = no es un número válido para la región { $region }
reason-phone-invalid-international = no es un número internacional válido
reason-phone-no-plan = la región { $region } no tiene plan de numeración telefónica
# $letter (cadena): la letra árabe, entre apóstrofos.
reason-plate-arabic-letter = contiene la letra árabe { $letter }, que no es una de las letras de serie marroquíes (أ ب د ه و ط ي); escriba la matrícula tal como se lee en caracteres latinos
reason-social-unknown-platform = designa una plataforma desconocida; utilice x, facebook, instagram, telegram, tiktok, youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk u other
# $platform (cadena): el nombre de la plataforma (Instagram, Telegram…).
reason-social-other-site = es un enlace a otro sitio, no a una cuenta de { $platform }
reason-social-signal-link = es un enlace de Signal, que no puede leerse; indique el nombre de usuario o el número de teléfono
reason-social-not-account = es un enlace a { $platform }, pero no a una cuenta
reason-social-discord-tag = es una antigua etiqueta de Discord (nombre#1234), que ya no es única; indique el nombre de usuario actual o el identificador numérico del usuario
reason-social-letter-first = debe empezar por una letra (nombre de usuario de { $platform })
reason-social-signal-username = debe ser un nombre de usuario de Signal como name.01 (un nombre, un punto y al menos dos cifras)
reason-social-youtube-channel = no es un identificador de canal de YouTube (UC seguido de 22 letras, cifras, «_» o «-»)
# $user (cadena): un nombre de usuario.
reason-team-not-member = «{ $user }» no es fiscal, letrado de la Administración de Justicia ni magistrado validador de este nodo
reason-team-must-include-you = debe incluirle a usted ({ $user })
reason-reference-taken = no está disponible: otro expediente ya la utiliza
# $version (cadena): el número de versión actual del expediente.
reason-version-conflict = otra persona ha modificado el expediente desde que usted abrió este formulario (versión actual: { $version }); vuelva a abrirlo para ver esos cambios y, a continuación, introduzca los suyos
# Fragmentos insertados en los motivos anteriores.
reason-part-digits-range = de { $min } a { $max } cifras
reason-part-digits-either = { $a } o { $b } cifras
reason-part-hex-after-0x = { $n } cifras hexadecimales tras 0x
reason-part-at-most = { $max } como máximo
reason-part-range-platform = de { $min } a { $max } ({ $platform })
reason-part-range = de { $min } a { $max }
reason-part-eip55 = EIP-55 (mayúsculas y minúsculas)
reason-part-string-type = cadena de caracteres
reason-part-sequence = lista
reason-part-sequence-found = lista
reason-part-map = objeto
reason-part-struct = objeto { $name }
# $value (cadena): el valor tal como lo escribe el archivo, entre comillas.
reason-part-integer = número entero { $value }
reason-part-float = número decimal { $value }
reason-part-boolean = booleano { $value }
reason-part-string = cadena { $value }

# The purpose of reading a case (SPEC §7)
purpose-title = ¿Por qué abre esta causa?
purpose-explained = La causa { $case } contiene datos personales. Cada consulta se registra en el registro de auditoría con su finalidad. Su respuesta vale para esta causa hasta que cierre la sesión.
purpose-legend = Finalidad de la consulta
purpose-investigation = Trabajo en esta investigación o acusación
purpose-review = Revisión periódica de la causa
purpose-link_follow_up = Seguimiento de un vínculo con la causa de otra autoridad
purpose-cooperation = Una solicitud de otra autoridad o de un proveedor
purpose-data_protection = Una solicitud o un control de protección de datos
purpose-other = Otra (indíquela abajo)
purpose-detail = Detalles (obligatorios para «Otra»)
purpose-recorded = La finalidad, su nombre y la hora se inscriben en el registro de auditoría, que las autoridades de protección de datos pueden verificar.
purpose-continue = Abrir la causa
purpose-cancel = Volver a las causas
purpose-stated = Finalidad declarada: { $purpose }
purpose-change = Cambiar
reason-purpose-other-detail = es obligatorio cuando la finalidad es «Otra»
reason-not-one-of = «{ $value }» no es ninguno de: { $list }

# Messages between authorities about a link (SPEC §5)
messages-title = Mensajes con la otra autoridad
messages-explained = Los mensajes sobre este vínculo solo van a { $authority }, cifrados de extremo a extremo: el hub los retransmite sin poder leerlos. Cada uno va firmado por su autoridad, y la firma se comprueba con el directorio de la federación.
messages-none = Todavía no hay mensajes.
messages-bytes = bytes
messages-read-by = Leído por { $name }
messages-delivered = Entregado, aún no leído
messages-pending = Pendiente de entrega
messages-signature-bad = La firma no es válida:
messages-signed-by = Firmado por { $authority }, comprobado con el directorio
messages-write = Escribir a { $authority }
messages-attach = Adjuntos (5 como máximo, 16 MB en total)
messages-sealed = Sellado aquí solo para la otra autoridad; su nombre y la hora van con él, y el envío queda inscrito en el registro de auditoría.
messages-send = Enviar

# Orders to providers (SPEC §6)
nav-orders = Órdenes
case-new-order = Nueva orden a un proveedor
orders-title = Órdenes a proveedores
orders-explained = Las órdenes de entrega y de conservación de los expedientes de sus equipos, las más urgentes primero. Cada una la valida una segunda persona, la firma esta autoridad y se sella solo para el proveedor.
orders-new-hint = Para redactar una orden, abra su expediente y elija «Nueva orden a un proveedor».
orders-none = Todavía no hay órdenes.
order-title = Orden
order-new-title = Nueva orden
order-print-title = Certificado de la orden
order-reference = Referencia
order-case = Expediente
order-provider = Proveedor
order-provider-state = Estado del proveedor (donde está establecido o representado)
order-urgency = Urgencia
order-deadline = Plazo
order-framework = Marco jurídico
order-type = Tipo de orden
order-categories = Categorías de datos
order-targets = Objetivos
order-target = Objetivo { $n }
order-period = Periodo
order-from = Desde
order-to = Hasta
order-offence = Delito
order-max-penalty = Pena máxima (años)
order-max-penalty-years = pena máxima de { $n } años
order-terrorism = Un delito de terrorismo (Directiva (UE) 2017/541)
order-terrorism-short = delito de terrorismo
order-necessity = Necesidad y proporcionalidad
order-confidential = El proveedor no debe informar a la persona afectada
order-not-confidential = El proveedor puede informar a la persona afectada
order-domestic = El delito se cometió en nuestro Estado, y la persona reside en él
order-mla-reference = Resolución de asistencia judicial (para una orden dictada en virtud de ella)
order-file-reference = Número de expediente
order-language = Lengua del certificado para el proveedor
order-no-capacity = Su cuenta no tiene registrada ninguna condición para emitir órdenes: la fija un administrador (fiscal o juez).
order-form-explained = El marco jurídico determina quién puede ordenar qué datos, los plazos y las notificaciones; el formulario indica lo que falta.
order-form-after = Se guarda como borrador. Salvo que sea una orden de emergencia solo de datos de abonados o de identificación, una segunda persona la valida antes de que pueda enviarse.
order-save-draft = Guardar el borrador
order-section-basis = Fundamento jurídico
order-section-provider = Proveedor
order-section-data = Datos
order-section-grounds = Motivación
order-notification = Notificación al Estado del proveedor
order-notification-required = Obligatoria: se notifica a la autoridad de { $state } (e-Evidence, art. 8)
order-notification-none = No obligatoria
order-validation = Validación
order-needs-judge = Debe validarla un juez antes de enviarse
order-needs-validation = Debe validarla una segunda persona antes de enviarse
order-may-post-validate = Emergencia: puede enviarse primero y validarse en un plazo de 48 horas
order-validation-due = validación a más tardar el { $at }; si no, la orden se retira
order-not-received = aún no recibida
order-time-left = quedan { $hours } h { $minutes } min
order-overdue-by = con un retraso de { $hours } h { $minutes } min
order-answered-on-time = respondida en plazo
order-answered-late = respondida fuera de plazo
order-objection = Objeción del proveedor
order-package = Paquete de datos del proveedor
order-package-hash = Sellado solo para esta autoridad; SHA-256 { $hash }, con acuse de recibo firmado.
order-refused-by-provider = Rechazada por el proveedor
order-actions = Qué hacer con ella
order-validate = Validar
order-send = Firmar y enviar
order-send-explained = Firmada con la clave de esta autoridad y sellada solo para el proveedor; se envía una sola vez y no puede volver a enviarse.
order-withdraw = Retirar
order-withdraw-why = Motivo de la retirada
order-timeline = Cronología
order-when = Fecha
order-step = Etapa
order-who = Quién
order-detail = Detalle
order-print = Versión para imprimir
order-certificate-production = Certificado de Orden Europea de Entrega
order-certificate-preservation = Certificado de Orden Europea de Conservación
order-print-explained = Con la presentación de los certificados e-Evidence (Reglamento (UE) 2023/1543, anexos I y II), en la lengua elegida por el proveedor.
order-print-addressee = Destinatario
order-print-issuer = Autoridad emisora
order-print-validation = Autoridad de validación
order-print-no-validation = Orden de emergencia enviada antes de su validación.
order-print-draft = Aún no enviada: borrador.
order-print-urgency = Urgencia y fundamento jurídico
order-print-data = Datos solicitados
order-print-offence = Delito
order-print-confidentiality = Confidencialidad y notificación
order-print-signature = Firma
order-print-signed = Firmado por { $authority } con su clave del directorio de la federación; carta
urgency-emergency = Emergencia (8 horas)
urgency-standard = Ordinaria
framework-e_evidence = Reglamento e-Evidence (UE) 2023/1543
framework-budapest = Convenio de Budapest, Segundo Protocolo (art. 7)
framework-mla = Asistencia judicial bilateral
framework-national = Derecho nacional
order-type-production = Entrega (comunicar los datos)
order-type-preservation = Conservación (guardar los datos)
category-subscriber = Datos de abonados
category-identification = Datos para identificar al usuario (dirección IP)
category-traffic = Datos de tráfico
category-content = Datos de contenido
capacity-prosecutor = fiscal
capacity-judge = juez
order-status-draft = Borrador
order-status-validated = Validada
order-status-sent = Enviada
order-status-received = Recibida
order-status-acknowledged = Recepción confirmada
order-status-fulfilled = Cumplida
order-status-objected = Objetada
order-status-closed = Cerrada
order-status-withdrawn = Retirada
order-status-refused = Rechazada
order-step-drafted = Redactada
order-step-validated = Validada
order-step-sent = Firmada y enviada
order-step-received = Recibida por el proveedor
order-step-acknowledged = Recepción confirmada
order-step-fulfilled = Cumplida
order-step-objected = Objetada
order-step-refused = Rechazada por el proveedor
order-step-withdrawn = Retirada
order-step-overdue = Plazo vencido, comunicada al superior
order-step-package_refused = Paquete de datos rechazado
order-step-package_receipt = Acuse de recibo del paquete
orders-overdue-notice =
    { $n ->
        [one] { $n } orden ha superado su plazo sin respuesta: aparece en primer lugar.
       *[other] { $n } órdenes han superado su plazo sin respuesta: aparecen en primer lugar.
    }
order-preserved = El proveedor conserva los datos
order-preserved-until = Conservados hasta { $at }, para una orden de entrega posterior.
order-extend = Prorrogar la conservación 30 días (una vez)
order-step-preserved = Datos conservados
order-step-extended = Conservación prorrogada

# The provider's portal (SPEC §6)
nav-received = Órdenes recibidas
received-title = Órdenes recibidas
received-order-title = Orden recibida
received-explained = Las órdenes dirigidas a este proveedor. Cada una se comprobó al llegar: firmada por una autoridad de la fiscalía del directorio de la federación, validada donde las normas lo exigen, permitida por su marco jurídico, no caducada, no recibida antes.
received-none = No se ha recibido ninguna orden.
received-from = De
received-verdict = Comprobaciones
received-verified-short = verificada
received-refused-short = rechazada
received-verified = VERIFICADA: puede responder a esta orden.
received-verified-explained = Firmada por { $authority } con la clave que el directorio de la federación le asigna, sin cambios desde entonces; validada donde las normas lo exigen; permitida por su marco jurídico; no caducada; no recibida antes.
received-refused = RECHAZADA: no responda a esta orden. Se ha comunicado el motivo a la autoridad emisora:
received-answer = Nuestra respuesta
received-acknowledge = Acusar recibo
received-preserve = Datos conservados
received-package = Archivos del paquete de datos
received-package-explained = Sellados aquí solo para la autoridad emisora, con su SHA-256; vuelve su acuse firmado de esa huella.
received-fulfil = Enviar el paquete de datos
received-grounds = Motivos de la oposición
received-object = Oponerse

# Reasons of orders (SPEC §6)
reason-order-signer-not-authority = está firmada por { $signer }, que no es una autoridad de la fiscalía del directorio
reason-order-issuer-mismatch = designa a { $issuer } como autoridad emisora, pero la firmó { $signer }
reason-order-not-for-me = va dirigida a { $to }, no a { $me }
reason-order-replayed = esta orden ({ $id }) ya se recibió el { $at }: una segunda copia no es una nueva orden
reason-order-expired = caducó el { $at } (emitida el { $issued }, debía recibirse dentro de su plazo de respuesta)
reason-order-not-validated = debe validarla una segunda persona antes de enviarse, y no consta ninguna validación
reason-order-validated-by-issuer = la validó su propio emisor ({ $name }): la validación corresponde a una segunda persona
reason-order-capacity-mismatch = la orden indica que se emite en calidad de «{ $a }», y su firmante actúa en calidad de «{ $b }»
reason-order-reference-reused = { $reference } ya designaba otra orden de { $from }: una referencia, una orden
reason-order-not-eevidence-state = { $state } no está vinculado por el Reglamento e-Evidence (los Estados miembros de la UE salvo Dinamarca)
reason-order-eevidence-same-state = es el Estado emisor { $state }: el Reglamento e-Evidence es para proveedores de otro Estado miembro; aplique el Derecho nacional
reason-order-eevidence-from = el Reglamento e-Evidence se aplica a partir del { $date }
reason-order-threshold = los datos de tráfico y de contenido solo pueden solicitarse en virtud del Reglamento e-Evidence por delitos castigados con una pena máxima de al menos 3 años, o por delitos de terrorismo (art. 5(4))
reason-order-budapest-category = los datos «{ $category }» no pueden solicitarse directamente a un proveedor en virtud del Segundo Protocolo, que solo permite la información sobre abonados (art. 7); solicítelos mediante asistencia judicial
reason-order-budapest-emergency = el Segundo Protocolo no prevé órdenes de emergencia a proveedores: la revelación de emergencia se tramita de autoridad a autoridad (art. 9-10)
reason-order-budapest-same-state = es el Estado emisor { $state }: el Segundo Protocolo es para proveedores de otra Parte; aplique el Derecho nacional
reason-order-mla-reference = debe cumplimentarse: una orden basada en la asistencia judicial ejecuta una solicitud que el Estado del proveedor ha concedido
reason-order-national-state = es { $provider }, no el Estado emisor { $state }: el Derecho nacional alcanza a los proveedores establecidos en el Estado emisor
reason-order-needs-judge = los datos «{ $category }» requieren una orden emitida o validada por un juez en el marco «{ $framework }»; un fiscal puede ordenar datos de abonados y de identificación
reason-order-member-code = «{ $value }» no es un código de miembro (como PROV-TELCO)
reason-order-years = «{ $value }» no es un número de años (de 0 a 99)
reason-order-no-target = debe indicarse al menos un identificador de un objetivo
reason-order-no-category = debe indicarse al menos una categoría de datos
reason-order-before-start = es anterior al inicio del periodo ({ $date })
reason-order-to-future = «{ $date }» es una fecha futura: una orden solicita datos que existen
reason-order-changed = otra persona ha modificado la orden entretanto; vuelva a abrirla
reason-order-drafter-capacity = condición: la orden indica «{ $a }», y quien la redacta actúa en calidad de «{ $b }»
reason-order-second-person = una orden la valida una segunda persona, no quien la redactó o la envió
reason-order-validated-already = la orden ya está validada
reason-order-no-capacity-validate = no tiene registrada ninguna condición para validar órdenes
reason-order-no-capacity-issue = no tiene registrada ninguna condición para emitir órdenes
reason-order-issuer-capacity = la orden se emite en calidad de «{ $a }», y usted actúa en calidad de «{ $b }»
reason-order-validator-issues = la persona que validó la orden no puede emitirla también
reason-order-preserve-not-fulfil = una orden de conservación se atiende guardando los datos (conservar), no revelándolos
reason-order-preserve-only = solo una orden de conservación se atiende conservando los datos
reason-order-no-file = archivo: un paquete de datos necesita al menos un archivo
reason-order-step = la etapa «{ $step }» no es posible para una orden en estado «{ $status }»
reason-order-validate-first = debe validarla una segunda persona antes de enviarse
reason-order-extend-preservation-only = solo puede prorrogarse una orden de conservación
reason-order-extend-once = una orden de conservación solo puede prorrogarse una vez
reason-order-not-received-yet = el proveedor aún no la ha recibido
reason-order-preservation-ended = su periodo de conservación terminó el { $date }
reason-field = { $field }: { $reason }
