<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>exam-room</name>
    <message>
        <source>--add-proctor needs --name NAME.</source>
        <translation>--add-proctor requiere --name NAME.</translation>
    </message>
    <message>
        <source>New proctor&apos;s PIN: </source>
        <translation>PIN del nuevo supervisor: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Repita el PIN: </translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Los dos PIN no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN de %1: </translation>
    </message>
    <message>
        <source>Proctor %1 added to the room console.</source>
        <translation>Se agregó el supervisor %1 a la consola de la sala.</translation>
    </message>
    <message>
        <source>The room console: one proctor sees and runs every station of a test room.</source>
        <translation>La consola de la sala: un supervisor ve y dirige todas las estaciones de una sala de examen.</translation>
    </message>
    <message>
        <source>The console&apos;s data folder (default: %1).</source>
        <translation>Carpeta de datos de la consola (predeterminada: %1).</translation>
    </message>
    <message>
        <source>The address the stations reach the console at (default: every address).</source>
        <translation>Dirección por la que las estaciones se conectan a la consola (predeterminada: todas las direcciones).</translation>
    </message>
    <message>
        <source>The port the stations dial (default: 47810).</source>
        <translation>Puerto al que se conectan las estaciones (predeterminado: 47810).</translation>
    </message>
    <message>
        <source>Name the room (kept for next time).</source>
        <translation>Asignar un nombre a la sala (se conserva para la próxima vez).</translation>
    </message>
    <message>
        <source>Call out a candidate&apos;s break longer than this many minutes (kept).</source>
        <translation>Avisar cuando el descanso de un candidato supere esta cantidad de minutos (se conserva).</translation>
    </message>
    <message>
        <source>Add a proctor account to the console (PIN on standard input) and exit.</source>
        <translation>Agregar una cuenta de supervisor a la consola (PIN por la entrada estándar) y salir.</translation>
    </message>
    <message>
        <source>With --add-proctor: the proctor&apos;s name.</source>
        <translation>Con --add-proctor: el nombre del supervisor.</translation>
    </message>
    <message>
        <source>With --add-proctor: the proctor who authorizes a further account (PIN on the second line).</source>
        <translation>Con --add-proctor: el supervisor que autoriza una cuenta adicional (su PIN en la segunda línea).</translation>
    </message>
    <message>
        <source>A demo room on this machine: three demo kiosks joined to this console, demo proctor &quot;demo&quot;, PIN 246810.</source>
        <translation>Una sala de demostración en este equipo: tres quioscos de demostración unidos a esta consola, supervisor de demostración &quot;demo&quot;, PIN 246810.</translation>
    </message>
    <message>
        <source>The console&apos;s language: en or es (default: the system&apos;s, where it has one of them).</source>
        <translation>Idioma de la consola: en o es (predeterminado: el del sistema, si es uno de ellos).</translation>
    </message>
    <message>
        <source>--language takes en or es.</source>
        <translation>--language admite en o es.</translation>
    </message>
    <message>
        <source>The console cannot start: %1</source>
        <translation>La consola no puede iniciar: %1</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port admite un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--listen takes an IP address of this machine.</source>
        <translation>--listen admite una dirección IP de este equipo.</translation>
    </message>
    <message>
        <source>The demo room cannot start: %1</source>
        <translation>La sala de demostración no puede iniciar: %1</translation>
    </message>
</context>
<context>
    <name>exam::CanonicalJson</name>
    <message>
        <source>The data cannot be written as canonical JSON (a number that is not finite, text with broken characters, or nesting deeper than %1 levels).</source>
        <translation>Los datos no se pueden escribir como JSON canónico (un número no finito, texto con caracteres dañados o un anidamiento de más de %1 niveles).</translation>
    </message>
    <message>
        <source>The JSON text is malformed at byte %1: %2.</source>
        <translation>El texto JSON está mal formado en el byte %1: %2.</translation>
    </message>
</context>
<context>
    <name>exam::CanonicalWriter</name>
    <message>
        <source>a second value at the top</source>
        <translation>un segundo valor en el nivel superior</translation>
    </message>
    <message>
        <source>a value without a key in an object</source>
        <translation>un valor sin clave en un objeto</translation>
    </message>
    <message>
        <source>an object closed where none is open, or after a key without its value</source>
        <translation>un objeto cerrado donde no hay ninguno abierto, o después de una clave sin su valor</translation>
    </message>
    <message>
        <source>an array closed where none is open</source>
        <translation>una lista cerrada donde no hay ninguna abierta</translation>
    </message>
    <message>
        <source>a key outside an object</source>
        <translation>una clave fuera de un objeto</translation>
    </message>
    <message>
        <source>the key “%1” after “%2”: keys must come in canonical order</source>
        <translation>la clave “%1” después de “%2”: las claves deben ir en orden canónico</translation>
    </message>
    <message>
        <source>a key with broken characters</source>
        <translation>una clave con caracteres dañados</translation>
    </message>
    <message>
        <source>text with broken characters</source>
        <translation>texto con caracteres dañados</translation>
    </message>
    <message>
        <source>the value is not complete</source>
        <translation>el valor no está completo</translation>
    </message>
    <message>
        <source>Canonical JSON not written: %1.</source>
        <translation>No se escribió el JSON canónico: %1.</translation>
    </message>
</context>
<context>
    <name>exam::DiskSpace</name>
    <message>
        <source>The disk that holds %1 (mounted at %2) is full: %3 left. Nothing new can be saved there; what was saved before is safe. Free some space on that disk (or give the station&apos;s folder a larger one), then try again.</source>
        <translation>El disco que contiene %1 (montado en %2) está lleno: quedan %3. Ahí no se puede guardar nada nuevo; lo guardado antes está a salvo. Libere espacio en ese disco (o dé a la carpeta de la estación uno más grande) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>exam::LogSink</name>
    <message>
        <source>The log file %1 cannot be opened (%2). Check that the data folder is writable.</source>
        <translation>No se puede abrir el archivo de registro %1 (%2). Compruebe que se puede escribir en la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>exam::OwnerFolder</name>
    <message>
        <source>The folder %1 cannot be created. Check the path and that this user may write there.</source>
        <translation>No se puede crear la carpeta %1. Compruebe la ruta y que este usuario pueda escribir en ella.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be restricted to its owner.</source>
        <translation>No se pueden restringir los permisos de %1 a su propietario.</translation>
    </message>
</context>
<context>
    <name>exam::PanelChord</name>
    <message>
        <source>“%1” is not a chord the kiosk accepts: give one key (a letter, a digit or F1–F24) with at least two of Ctrl, Alt, Shift, Meta, one of them Ctrl, Alt or Meta, e.g. Ctrl+Alt+Shift+K.</source>
        <translation>“%1” no es una combinación que el quiosco acepte: indique una tecla (una letra, un dígito o F1–F24) con al menos dos de Ctrl, Alt, Shift, Meta, una de ellas Ctrl, Alt o Meta, p. ej. Ctrl+Alt+Shift+K.</translation>
    </message>
    <message>
        <source>“%1” never reaches the kiosk (Alt+F4 is blocked in kiosk mode; Ctrl+Alt+F1 to F12 switch the console). Choose another, e.g. Ctrl+Alt+Shift+K.</source>
        <translation>“%1” nunca llega al quiosco (Alt+F4 está bloqueada en modo quiosco; Ctrl+Alt+F1 a F12 cambian de consola). Elija otra, p. ej. Ctrl+Alt+Shift+K.</translation>
    </message>
</context>
<context>
    <name>exam::ScreenReaderInstall</name>
    <message>
        <source>The screen reader cannot be started on this station: install %1 (packaging/debian-packages.txt).</source>
        <translation>El lector de pantalla no se puede iniciar en esta estación: instale %1 (packaging/debian-packages.txt).</translation>
    </message>
</context>
<context>
    <name>exam::StationBankKeyStore</name>
    <message>
        <source>This station already has a centre key (%1). It is kept: banks issued to it could not be opened with a new one.</source>
        <translation>Esta estación ya tiene una clave de centro (%1). Se conserva: los bancos emitidos para ella no se podrían abrir con una nueva.</translation>
    </message>
    <message>
        <source>A publisher name is 1 to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>El nombre de un editor tiene de 1 a 64 letras, dígitos, espacios, puntos, guiones o guiones bajos, y empieza con una letra o un dígito.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A publisher named &quot;%1&quot; is already trusted (%2).</source>
        <translation>Ya se confía en un editor llamado &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The key could not be copied to %1.</source>
        <translation>No se pudo copiar la clave a %1.</translation>
    </message>
    <message>
        <source>This station has no centre key yet. Set it up with: examctl station init</source>
        <translation>Esta estación todavía no tiene clave de centro. Configúrela con: examctl station init</translation>
    </message>
</context>
<context>
    <name>exam::StationSettings</name>
    <message>
        <source>This station is already set up (site %1).</source>
        <translation>Esta estación ya está configurada (centro %1).</translation>
    </message>
</context>
<context>
    <name>exam::StorageReserve</name>
    <message>
        <source>The disk that holds %1 has too little room to keep %2 MiB for the proctor.</source>
        <translation>El disco que contiene %1 tiene muy poco espacio para reservar %2 MiB para el supervisor.</translation>
    </message>
    <message>
        <source>The file %1 cannot be made: %2</source>
        <translation>No se puede crear el archivo %1: %2</translation>
    </message>
    <message>
        <source>The room for the proctor (%1) cannot be kept: %2</source>
        <translation>No se puede reservar el espacio para el supervisor (%1): %2</translation>
    </message>
    <message>
        <source>How much room the disk that holds %1 has cannot be told.</source>
        <translation>No se puede saber cuánto espacio tiene el disco que contiene %1.</translation>
    </message>
    <message>
        <source>No room is left to keep for the proctor at %1.</source>
        <translation>No queda espacio que reservar para el supervisor en %1.</translation>
    </message>
</context>
<context>
    <name>exam::StrictObject</name>
    <message>
        <source>The field “%1” %2</source>
        <translation>El campo “%1” %2</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Falta el campo “%1”.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>El campo “%1” tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>contains a control character or a text-direction override.</source>
        <translation>contiene un carácter de control o un cambio forzado de dirección del texto.</translation>
    </message>
    <message>
        <source>must be one line of text.</source>
        <translation>debe ser una sola línea de texto.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>debe ser un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>debe ser verdadero o falso.</translation>
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation>no es base64 válido.</translation>
    </message>
    <message>
        <source>must hold %1 bytes.</source>
        <translation>debe tener %1 bytes.</translation>
    </message>
    <message>
        <source>must hold %1 to %2 bytes.</source>
        <translation>debe tener de %1 a %2 bytes.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>The list “%1” has %2 entries; at most %3 are allowed.</source>
        <translation>La lista “%1” tiene %2 elementos; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>needs at least %1 entries.</source>
        <translation>necesita al menos %1 elementos.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>The entry “%1” must be an object.</source>
        <translation>El elemento “%1” debe ser un objeto.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>debe ser uno de: %1.</translation>
    </message>
    <message>
        <source>The field “%1” is not part of the format.</source>
        <translation>El campo “%1” no forma parte del formato.</translation>
    </message>
</context>
<context>
    <name>exam::banks</name>
    <message>
        <source>must list option positions from 0 to 4.</source>
        <translation>debe indicar posiciones de opción de 0 a 4.</translation>
    </message>
    <message>
        <source>The module code “%1” must be capital letters, digits and dashes, such as CPT-SAF.</source>
        <translation>El código de módulo “%1” debe tener letras mayúsculas, dígitos y guiones, como CPT-SAF.</translation>
    </message>
    <message>
        <source>The module needs a title and a program name.</source>
        <translation>El módulo necesita un título y un nombre de programa.</translation>
    </message>
    <message>
        <source>The language “%1” is not a language tag such as “en” or “es-US”.</source>
        <translation>El idioma “%1” no es una etiqueta de idioma como “en” o “es-US”.</translation>
    </message>
    <message>
        <source>The time limit must be 1 to 600 minutes, not %1.</source>
        <translation>El tiempo límite debe ser de 1 a 600 minutos, no %1.</translation>
    </message>
    <message>
        <source>The pass mark must be 1 to 100 percent, not %1.</source>
        <translation>La calificación mínima debe ser de 1 a 100 por ciento, no %1.</translation>
    </message>
    <message>
        <source>A module needs 1 to %1 domains.</source>
        <translation>Un módulo necesita de 1 a %1 áreas.</translation>
    </message>
    <message>
        <source>The domain id “%1” must be lowercase letters, digits and dashes.</source>
        <translation>El identificador de área “%1” debe tener letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>The domain id “%1” is used twice.</source>
        <translation>El identificador de área “%1” se usa dos veces.</translation>
    </message>
    <message>
        <source>The domain “%1” has no title.</source>
        <translation>El área “%1” no tiene título.</translation>
    </message>
    <message>
        <source>The domain “%1” must put at least one item on a form.</source>
        <translation>El área “%1” debe poner al menos una pregunta en cada formulario.</translation>
    </message>
    <message>
        <source>The form length is %1, but the blueprint&apos;s domains add up to %2 scored items and %3 pilot items (%4 in all).</source>
        <translation>La longitud del formulario es %1, pero las áreas del plan suman %2 preguntas calificadas y %3 preguntas piloto (%4 en total).</translation>
    </message>
    <message>
        <source>%1: the image “%2” is not among the bank&apos;s media files.</source>
        <translation>%1: la imagen “%2” no está entre los archivos multimedia del banco.</translation>
    </message>
    <message>
        <source>%1: the image “%2” has no alt text; write what a screen-reader user needs to answer.</source>
        <translation>%1: la imagen “%2” no tiene texto alternativo; escriba lo que necesita un usuario de lector de pantalla para responder.</translation>
    </message>
    <message>
        <source>%1: the alt text of “%2” must be one line of at most %3 characters.</source>
        <translation>%1: el texto alternativo de “%2” debe ser una línea de %3 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The item id “%1” may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>El identificador de pregunta “%1” solo puede tener letras, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>The domain “%1” is not one of the module&apos;s domains.</source>
        <translation>El área “%1” no es una de las áreas del módulo.</translation>
    </message>
    <message>
        <source>The stem: %1</source>
        <translation>El enunciado: %1</translation>
    </message>
    <message>
        <source>The stem</source>
        <translation>El enunciado</translation>
    </message>
    <message>
        <source>The read-aloud text is longer than %1 characters.</source>
        <translation>El texto para lectura en voz alta tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>An item needs %1 to %2 options, not %3.</source>
        <translation>Una pregunta necesita de %1 a %2 opciones, no %3.</translation>
    </message>
    <message>
        <source>Option %1 must be either text or an image.</source>
        <translation>La opción %1 debe ser texto o una imagen.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <source>Option %1 repeats an earlier option.</source>
        <translation>La opción %1 repite una opción anterior.</translation>
    </message>
    <message>
        <source>The item has no key among its options.</source>
        <translation>La pregunta no tiene respuesta correcta entre sus opciones.</translation>
    </message>
    <message>
        <source>The fixed option positions must be distinct options of the item.</source>
        <translation>Las posiciones fijas de opción deben ser opciones distintas de la pregunta.</translation>
    </message>
    <message>
        <source>A bank holds at most %1 media files.</source>
        <translation>Un banco tiene como máximo %1 archivos multimedia.</translation>
    </message>
    <message>
        <source>Media file “%1”: %2</source>
        <translation>Archivo multimedia “%1”: %2</translation>
    </message>
    <message>
        <source>the name may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>el nombre solo puede tener letras, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>the name is used twice.</source>
        <translation>el nombre se usa dos veces.</translation>
    </message>
    <message>
        <source>larger than %1 MiB.</source>
        <translation>mide más de %1 MiB.</translation>
    </message>
    <message>
        <source>the content is not a PNG or SVG image as declared.</source>
        <translation>el contenido no es una imagen PNG o SVG como se declaró.</translation>
    </message>
    <message>
        <source>no item uses it.</source>
        <translation>ninguna pregunta lo usa.</translation>
    </message>
    <message>
        <source>The bank id “%1” may hold only lowercase letters, digits, dots, dashes and underscores.</source>
        <translation>El identificador de banco “%1” solo puede tener letras minúsculas, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>The bank version must be a whole number from 1 to %1.</source>
        <translation>La versión del banco debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>A bank holds 1 to %1 items, not %2.</source>
        <translation>Un banco tiene de 1 a %1 preguntas, no %2.</translation>
    </message>
    <message>
        <source>The item id is used twice.</source>
        <translation>El identificador de pregunta se usa dos veces.</translation>
    </message>
    <message>
        <source>The stem repeats another item&apos;s stem word for word.</source>
        <translation>El enunciado repite palabra por palabra el de otra pregunta.</translation>
    </message>
    <message>
        <source>must be live, pilot or retired.</source>
        <translation>debe ser live, pilot o retired.</translation>
    </message>
    <message>
        <source>must list item ids.</source>
        <translation>debe enumerar identificadores de ítems.</translation>
    </message>
    <message>
        <source>The domain “%1” asks for items of key work activity “%2”, which the module does not list.</source>
        <translation>El dominio “%1” pide ítems de la actividad clave de trabajo “%2”, que el módulo no incluye.</translation>
    </message>
    <message>
        <source>The domain “%1” asks for %2 items by key work activity but puts only %3 on a form.</source>
        <translation>El dominio “%1” pide %2 ítems por actividad clave de trabajo, pero solo pone %3 en una versión del examen.</translation>
    </message>
    <message>
        <source>The key work activity id “%1” must be lowercase letters, digits and dashes, such as “4”.</source>
        <translation>El identificador de actividad clave de trabajo “%1” debe tener solo minúsculas, dígitos y guiones, como “4”.</translation>
    </message>
    <message>
        <source>The key work activity id “%1” is used twice.</source>
        <translation>El identificador de actividad clave de trabajo “%1” se usa dos veces.</translation>
    </message>
    <message>
        <source>The key work activity “%1” has no title.</source>
        <translation>La actividad clave de trabajo “%1” no tiene título.</translation>
    </message>
    <message>
        <source>The item names no key work activity; the module lists them, so each item needs one.</source>
        <translation>El ítem no indica ninguna actividad clave de trabajo; el módulo las enumera, así que cada ítem necesita una.</translation>
    </message>
    <message>
        <source>The key work activity “%1” is not one of the module&apos;s.</source>
        <translation>La actividad clave de trabajo “%1” no es una de las del módulo.</translation>
    </message>
    <message>
        <source>The item names key work activity “%1”, but the module lists none.</source>
        <translation>El ítem indica la actividad clave de trabajo “%1”, pero el módulo no enumera ninguna.</translation>
    </message>
    <message>
        <source>The variant group “%1” must be lowercase letters, digits and dashes.</source>
        <translation>El grupo de variantes “%1” debe tener solo minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>An item has at most %1 enemies.</source>
        <translation>Un ítem tiene como máximo %1 ítems incompatibles.</translation>
    </message>
    <message>
        <source>The enemy “%1” is not another item&apos;s id.</source>
        <translation>El ítem incompatible “%1” no es el identificador de otro ítem.</translation>
    </message>
    <message>
        <source>An enemy is listed twice.</source>
        <translation>Un ítem incompatible aparece dos veces.</translation>
    </message>
    <message>
        <source>The source must be one line of at most %1 characters.</source>
        <translation>La fuente debe ser una sola línea de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The item is marked picture-measured but has no picture.</source>
        <translation>El ítem está marcado como de lectura de imagen, pero no tiene imagen.</translation>
    </message>
    <message>
        <source>The blueprint cannot be met: domain “%1” needs %2 scored items on a form, and the bank has %3 (live items, one per variant group).</source>
        <translation>No se puede cumplir la especificación: el dominio “%1” necesita %2 ítems calificados en una versión del examen y el banco tiene %3 (ítems activos, uno por grupo de variantes).</translation>
    </message>
    <message>
        <source>The domain “%1” gives key work activity “%2” two quotas; give it one.</source>
        <translation>El dominio “%1” da dos cuotas a la actividad clave de trabajo “%2”; déle una sola.</translation>
    </message>
    <message>
        <source>The blueprint cannot be met: domain “%1” needs %2 items of key work activity “%3” on a form, and the bank has %4 (live items, one per variant group).</source>
        <translation>No se puede cumplir la especificación: el dominio “%1” necesita %2 ítems de la actividad clave de trabajo “%3” en una versión del examen y el banco tiene %4 (ítems activos, uno por grupo de variantes).</translation>
    </message>
    <message>
        <source>The blueprint cannot be met: a form has %1 pilot items, and the bank has %2 (pilot items, one per variant group).</source>
        <translation>No se puede cumplir la especificación: una versión del examen tiene %1 ítems piloto y el banco tiene %2 (ítems piloto, uno por grupo de variantes).</translation>
    </message>
    <message>
        <source>The variant group “%1” is also used in domain “%2”; a group&apos;s items test one thing, in one domain.</source>
        <translation>El grupo de variantes “%1” también se usa en el dominio “%2”; los ítems de un grupo evalúan una sola cosa, en un solo dominio.</translation>
    </message>
</context>
<context>
    <name>exam::banks::BankCatalogue</name>
    <message>
        <source>Version %1 of “%2” is already installed; version %3 is older and is refused, so an old bank cannot be brought back. Install version %1 or newer.</source>
        <translation>La versión %1 de “%2” ya está instalada; la versión %3 es anterior y se rechaza, para que no se pueda volver a un banco antiguo. Instale la versión %1 o una más reciente.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is already installed from a different file. Two files must not share a version; ask the publisher which one is right.</source>
        <translation>La versión %1 de “%2” ya está instalada desde otro archivo. Dos archivos no deben compartir una versión; pregunte al editor cuál es el correcto.</translation>
    </message>
    <message>
        <source>“%1” is installed from another publisher (key %2); a bank id belongs to one publisher. Ask the certifying body which file is right.</source>
        <translation>“%1” está instalado de otro editor (clave %2); un identificador de banco pertenece a un solo editor. Pregunte al organismo certificador cuál es el archivo correcto.</translation>
    </message>
    <message>
        <source>The disk is full; the bank could not be copied. Free some space and install it again.</source>
        <translation>El disco está lleno; no se pudo copiar el banco. Libere espacio e instálelo de nuevo.</translation>
    </message>
    <message>
        <source>The bank could not be copied into the station&apos;s banks folder: %1.</source>
        <translation>No se pudo copiar el banco a la carpeta de bancos de la estación: %1.</translation>
    </message>
    <message>
        <source>No bank with the id “%1” is installed on this station.</source>
        <translation>No hay ningún banco con el identificador “%1” instalado en esta estación.</translation>
    </message>
    <message>
        <source>The installed file of “%1” has changed on disk since it was installed. Install the bank again from the publisher&apos;s file.</source>
        <translation>El archivo instalado de “%1” cambió en el disco desde que se instaló. Instale el banco de nuevo desde el archivo del editor.</translation>
    </message>
    <message>
        <source>“%1” is in use by %2 session(s) of sittings not ended yet; end those sittings first.</source>
        <translation>“%1” está en uso por %2 sesión(es) de turnos que aún no terminan; termine primero esos turnos.</translation>
    </message>
    <message>
        <source>“%1” is no longer installed, but its file %2 could not be deleted; delete it by hand.</source>
        <translation>“%1” ya no está instalado, pero no se pudo borrar su archivo %2; bórrelo a mano.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” was installed on this station before (it may have been removed since); version %3 is older and is refused, so an old bank cannot be brought back. Install version %1 or newer.</source>
        <translation>La versión %1 de “%2” ya se instaló en esta estación (quizá se haya quitado después); la versión %3 es anterior y se rechaza, para que no se pueda volver a un banco antiguo. Instale la versión %1 o una más reciente.</translation>
    </message>
    <message>
        <source>“%1” was installed here from another publisher (key %2); a bank id belongs to one publisher. Ask the certifying body which file is right.</source>
        <translation>“%1” se instaló aquí de otro editor (clave %2); un identificador de banco pertenece a un solo editor. Pregunte al organismo certificador cuál es el archivo correcto.</translation>
    </message>
    <message>
        <source>The rules recorded for “%1” (%2) cannot be read: %3. Install the bank&apos;s file again (examctl bank install FILE); its rules are recorded again from the file.</source>
        <translation>Las reglas registradas para «%1» (%2) no se pueden leer: %3. Instale de nuevo el archivo del banco (examctl bank install ARCHIVO); sus reglas se registran de nuevo a partir del archivo.</translation>
    </message>
</context>
<context>
    <name>exam::banks::BankHeader</name>
    <message>
        <source>must be 16 lowercase hex digits.</source>
        <translation>debe tener 16 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>The header is not a JSON object (%1 at byte %2).</source>
        <translation>El encabezado no es un objeto JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>may hold only lowercase letters, digits, dots, dashes and underscores.</source>
        <translation>solo puede tener letras minúsculas, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>must be capital letters, digits and dashes.</source>
        <translation>debe tener letras mayúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>must be a language tag such as “en” or “es-US”.</source>
        <translation>debe ser una etiqueta de idioma como “en” o “es-US”.</translation>
    </message>
    <message>
        <source>must be a date and time such as 2026-11-22T07:00:00Z.</source>
        <translation>debe ser una fecha y hora como 2026-11-22T07:00:00Z.</translation>
    </message>
    <message>
        <source>Key slot %1 asks for more key-derivation work than a station allows: %2</source>
        <translation>La ranura de clave %1 pide más trabajo de derivación de clave del que una estación permite: %2</translation>
    </message>
    <message>
        <source>The header asks for a center key and a release code together, but does not carry a slot for each.</source>
        <translation>El encabezado pide una clave de centro y un código de liberación a la vez, pero no trae una ranura para cada uno.</translation>
    </message>
    <message>
        <source>The header carries more than one release-code slot.</source>
        <translation>El encabezado trae más de una ranura de código de liberación.</translation>
    </message>
</context>
<context>
    <name>exam::banks::BankPayload</name>
    <message>
        <source>The content is not a JSON object (%1 at byte %2).</source>
        <translation>El contenido no es un objeto JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) found.)</source>
        <translation>
            <numerusform>(Se encontró %n problema más.)</numerusform>
            <numerusform>(Se encontraron %n problemas más.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The content is shorter than its own length field.</source>
        <translation>El contenido es más corto que su propio campo de longitud.</translation>
    </message>
    <message>
        <source>The content says its text is %1 bytes long, more than there is.</source>
        <translation>El contenido indica que su texto tiene %1 bytes, más de los que hay.</translation>
    </message>
    <message>
        <source>The picture “%1” runs past the end of the content.</source>
        <translation>La imagen “%1” sobrepasa el final del contenido.</translation>
    </message>
    <message>
        <source>The content has %1 bytes after its last picture.</source>
        <translation>El contenido tiene %1 bytes después de su última imagen.</translation>
    </message>
</context>
<context>
    <name>exam::banks::BankReader</name>
    <message>
        <source>file access</source>
        <translation>acceso al archivo</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>tamaño del archivo</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>tipo de archivo</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>publisher signature</source>
        <translation>firma del editor</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>decryption</source>
        <translation>descifrado</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>instalación</translation>
    </message>
    <message>
        <source>%1: the %2 check failed. %3</source>
        <translation>%1: falló la comprobación de %2. %3</translation>
    </message>
    <message>
        <source>This is not a regular file (a folder, device or pipe), so it cannot be a bank.</source>
        <translation>No es un archivo normal (es una carpeta, un dispositivo o una tubería), así que no puede ser un banco.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is larger than a bank may be (%1 MiB). It is not a bank file, or it is damaged.</source>
        <translation>El archivo es más grande de lo que puede ser un banco (%1 MiB). No es un archivo de banco, o está dañado.</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1.</source>
        <translation>No se pudo leer el archivo hasta el final: %1.</translation>
    </message>
    <message>
        <source>The file is %1 bytes long, too short to be a bank. It was cut off while copying or downloading; get it again from the publisher.</source>
        <translation>El archivo mide %1 bytes, demasiado poco para ser un banco. Se cortó al copiarlo o descargarlo; obténgalo de nuevo del editor.</translation>
    </message>
    <message>
        <source>The file is larger than a bank may be (%1 MiB).</source>
        <translation>El archivo es más grande de lo que puede ser un banco (%1 MiB).</translation>
    </message>
    <message>
        <source>The file is not an exam bank (it does not start with EXAMBANK).</source>
        <translation>El archivo no es un banco de examen (no empieza con EXAMBANK).</translation>
    </message>
    <message>
        <source>The bank is in format version %1; this kiosk reads version %2. Update the kiosk, or ask the publisher for a version %2 bank.</source>
        <translation>El banco está en la versión de formato %1; este quiosco lee la versión %2. Actualice el quiosco o pida al editor un banco de versión %2.</translation>
    </message>
    <message>
        <source>The header length %1 is outside the allowed %2 to %3 bytes: the file is damaged.</source>
        <translation>La longitud del encabezado, %1, está fuera del rango permitido de %2 a %3 bytes: el archivo está dañado.</translation>
    </message>
    <message>
        <source>The file ends inside its header: it was cut off. Get it again from the publisher.</source>
        <translation>El archivo termina dentro de su encabezado: se cortó. Obténgalo de nuevo del editor.</translation>
    </message>
    <message>
        <source>The content length in the file is out of range: the file is damaged.</source>
        <translation>La longitud del contenido en el archivo está fuera de rango: el archivo está dañado.</translation>
    </message>
    <message>
        <source>The file is %1 bytes long, but its header says %2: it was cut off or has extra bytes. Get it again from the publisher.</source>
        <translation>El archivo mide %1 bytes, pero su encabezado dice %2: se cortó o tiene bytes de más. Obténgalo de nuevo del editor.</translation>
    </message>
    <message>
        <source>The header is not in canonical JSON form (RFC 8785): the file was not made by a conforming writer, or it was altered.</source>
        <translation>El encabezado no está en forma JSON canónica (RFC 8785): el archivo no lo hizo un programa conforme, o se alteró.</translation>
    </message>
    <message>
        <source>The header is damaged or not in the expected format: %1</source>
        <translation>El encabezado está dañado o no tiene el formato esperado: %1</translation>
    </message>
    <message>
        <source>The bank was signed by “%1” with key %2, which this station does not trust. Only banks from the certifying body&apos;s publishers can be installed; if this publisher is genuine, add its public key to the station&apos;s trusted publishers first.</source>
        <translation>El banco lo firmó “%1” con la clave %2, en la que esta estación no confía. Solo se pueden instalar bancos de los editores del organismo certificador; si este editor es auténtico, agregue primero su clave pública a los editores de confianza de la estación.</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature does not match the file: it was altered or damaged after it was signed. Do not use it; get a fresh copy from the publisher.</source>
        <translation>La firma del editor no coincide con el archivo: se alteró o se dañó después de firmarse. No lo use; obtenga una copia nueva del editor.</translation>
    </message>
    <message>
        <source>The station&apos;s center key is not a valid key: %1</source>
        <translation>La clave de centro de la estación no es una clave válida: %1</translation>
    </message>
    <message>
        <source>The key slot for this center does not open with the center key: the file was altered, or the station&apos;s center key was replaced. Get a fresh copy of the bank.</source>
        <translation>La ranura de clave de este centro no se abre con la clave de centro: el archivo se alteró, o se reemplazó la clave de centro de la estación. Obtenga una copia nueva del banco.</translation>
    </message>
    <message>
        <source>This release code does not open “%1” (version %2). Check that the code sheet is for this module and version, and type it again.</source>
        <translation>Este código de liberación no abre “%1” (versión %2). Compruebe que la hoja de códigos sea de este módulo y versión, y escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” was not issued to this center: none of its key slots belongs to this station&apos;s center key (%2). Ask the publisher for a bank issued to your center.</source>
        <translation>“%1” no se emitió para este centro: ninguna de sus ranuras de clave corresponde a la clave de centro de esta estación (%2). Pida al editor un banco emitido para su centro.</translation>
    </message>
    <message>
        <source>“%1” was not issued to this center&apos;s key (%2), so it opens only with its release code. Enter the code given out for today&apos;s exam.</source>
        <translation>“%1” no se emitió para la clave de este centro (%2), así que solo se abre con su código de liberación. Escriba el código entregado para el examen de hoy.</translation>
    </message>
    <message>
        <source>“%1” opens only with its release code. Enter the code given out for today&apos;s exam.</source>
        <translation>“%1” solo se abre con su código de liberación. Escriba el código entregado para el examen de hoy.</translation>
    </message>
    <message>
        <source>“%1” opens only with a center key, and this station has none set up.</source>
        <translation>“%1” solo se abre con una clave de centro, y esta estación no tiene ninguna configurada.</translation>
    </message>
    <message>
        <source>“%1” needs this center&apos;s key and a release code; this station has no center key set up.</source>
        <translation>“%1” necesita la clave de este centro y un código de liberación; esta estación no tiene clave de centro configurada.</translation>
    </message>
    <message>
        <source>The content does not decrypt with the key from its slot: the file was damaged or altered. Get a fresh copy from the publisher.</source>
        <translation>El contenido no se descifra con la clave de su ranura: el archivo se dañó o se alteró. Obtenga una copia nueva del editor.</translation>
    </message>
    <message>
        <source>The decrypted content is not a valid bank: %1</source>
        <translation>El contenido descifrado no es un banco válido: %1</translation>
    </message>
    <message>
        <source>The decrypted content does not match its header (id, version, module or item count differ). The publisher built it wrongly; ask for a new file.</source>
        <translation>El contenido descifrado no coincide con su encabezado (difieren el identificador, la versión, el módulo o el número de preguntas). El editor lo generó mal; pida un archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>exam::banks::KeySlots</name>
    <message>
        <source>The slot&apos;s ephemeral key is not usable: %1</source>
        <translation>La clave efímera de la ranura no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>exam::banks::ProgrammeRules</name>
    <message>
        <source>must list codes of capital letters, digits and dashes.</source>
        <translation>debe enumerar códigos de letras mayúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>names %1 twice.</source>
        <translation>nombra %1 dos veces.</translation>
    </message>
    <message>
        <source>must be capital letters, digits and dashes.</source>
        <translation>debe tener letras mayúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>names the credential itself.</source>
        <translation>nombra la propia credencial.</translation>
    </message>
    <message>
        <source>must be a date such as 2026-12-01.</source>
        <translation>debe ser una fecha como 2026-12-01.</translation>
    </message>
    <message>
        <source>must be at least daysAfterFail: repeated fails never shorten the wait.</source>
        <translation>debe ser al menos daysAfterFail: los intentos no aprobados repetidos nunca acortan la espera.</translation>
    </message>
    <message>
        <source>defines credential %1 twice.</source>
        <translation>define la credencial %1 dos veces.</translation>
    </message>
    <message>
        <source>MSI Manufacturing Specialist (MT1 sections 1 and 2)</source>
        <translation>MSI Especialista en Manufactura (MT1, secciones 1 y 2)</translation>
    </message>
    <message>
        <source>MSI Manufacturing Technician 1</source>
        <translation>MSI Técnico en Manufactura 1</translation>
    </message>
    <message>
        <source>MSSC Certified Production Technician</source>
        <translation>MSSC Técnico de Producción Certificado (CPT)</translation>
    </message>
    <message>
        <source>MSSC Certified Logistics Associate</source>
        <translation>MSSC Asociado Certificado en Logística (CLA)</translation>
    </message>
    <message>
        <source>MSSC Certified Logistics Technician</source>
        <translation>MSSC Técnico Certificado en Logística (CLT)</translation>
    </message>
    <message>
        <source>asks for %1 to be passed before %1 itself.</source>
        <translation>exige aprobar %1 antes del propio %1.</translation>
    </message>
    <message>
        <source>defines credential %2, which %1 does not count towards; a bank defines only the credentials its module counts towards.</source>
        <translation>define la credencial %2, para la que %1 no cuenta; un banco define solo las credenciales para las que cuenta su módulo.</translation>
    </message>
</context>
<context>
    <name>exam::banks::ReleaseCode</name>
    <message>
        <source>A release code has only the letters and digits on the code sheet; “%1” is not one of them. Check the code and type it again.</source>
        <translation>Un código de liberación solo tiene las letras y los dígitos de la hoja de códigos; “%1” no es uno de ellos. Compruebe el código y escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The release code has %1 letters and digits; it should have %2. Check the code and type it again.</source>
        <translation>El código de liberación tiene %1 letras y dígitos; debería tener %2. Compruebe el código y escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The release code has a typing mistake (its check character does not match). Check the code and type it again.</source>
        <translation>El código de liberación tiene un error de escritura (su carácter de control no coincide). Compruebe el código y escríbalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>exam::banks::RichText</name>
    <message>
        <source>The ** and * markers overlap; close the inner one first: **a *b* c**.</source>
        <translation>Los marcadores ** y * se superponen; cierre primero el interior: **a *b* c**.</translation>
    </message>
    <message>
        <source>An image must stand on a line of its own: ![alt text](file.svg).</source>
        <translation>Una imagen debe ir en una línea propia: ![texto alternativo](archivo.svg).</translation>
    </message>
    <message>
        <source>A ** (strong) marker is not closed.</source>
        <translation>Un marcador ** (negrita) no está cerrado.</translation>
    </message>
    <message>
        <source>A * (emphasis) marker is not closed; write \* for a literal star.</source>
        <translation>Un marcador * (énfasis) no está cerrado; escriba \* para un asterisco literal.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation>El texto tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The text contains a control character or a text-direction override.</source>
        <translation>El texto contiene un carácter de control o un cambio forzado de dirección del texto.</translation>
    </message>
    <message>
        <source>An option is one line of text, or one image.</source>
        <translation>Una opción es una línea de texto o una imagen.</translation>
    </message>
    <message>
        <source>The image “%1” has no alt text; write what a screen-reader user needs to answer: ![alt text](%1).</source>
        <translation>La imagen “%1” no tiene texto alternativo; escriba lo que necesita un usuario de lector de pantalla para responder: ![texto alternativo](%1).</translation>
    </message>
    <message>
        <source>The alt text of “%1” is longer than %2 characters.</source>
        <translation>El texto alternativo de “%1” tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>A table needs a heading row and 1 to %1 rows below it.</source>
        <translation>Una tabla necesita una fila de encabezado y de 1 a %1 filas debajo.</translation>
    </message>
    <message>
        <source>Every row of a table needs the same number of cells (the first row has %1).</source>
        <translation>Todas las filas de una tabla necesitan el mismo número de celdas (la primera fila tiene %1).</translation>
    </message>
    <message>
        <source>A table has at most %1 columns.</source>
        <translation>Una tabla tiene como máximo %1 columnas.</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>exam::crypto</name>
    <message>
        <source>A private key must be %1 bytes long, not %2.</source>
        <translation>Una clave privada debe medir %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>A public key must be %1 bytes long, not %2.</source>
        <translation>Una clave pública debe medir %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The public key is not a valid key.</source>
        <translation>La clave pública no es una clave válida.</translation>
    </message>
    <message>
        <source>The cryptographic library reported an internal error (%1). Restart the program; if it happens again, reinstall it.</source>
        <translation>La biblioteca criptográfica informó un error interno (%1). Reinicie el programa; si vuelve a ocurrir, reinstálelo.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::Aes256Gcm</name>
    <message>
        <source>An AES-256 key must be %1 bytes long, not %2.</source>
        <translation>Una clave AES-256 debe medir %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>An AES-GCM nonce must be 1 to %1 bytes long, not %2.</source>
        <translation>Un nonce AES-GCM debe medir de 1 a %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The data to encrypt is too large.</source>
        <translation>Los datos que se van a cifrar son demasiado grandes.</translation>
    </message>
    <message>
        <source>The encrypted data is shorter than its authentication tag: it is truncated.</source>
        <translation>Los datos cifrados son más cortos que su etiqueta de autenticación: están truncados.</translation>
    </message>
    <message>
        <source>The data to decrypt is too large.</source>
        <translation>Los datos que se van a descifrar son demasiado grandes.</translation>
    </message>
    <message>
        <source>The encrypted data failed its integrity check: it was altered, damaged, or the key is wrong.</source>
        <translation>Los datos cifrados no pasaron su comprobación de integridad: se alteraron, se dañaron o la clave es incorrecta.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::Certificates</name>
    <message>
        <source>The certificate is not DER-encoded X.509.</source>
        <translation>El certificado no es X.509 codificado en DER.</translation>
    </message>
    <message>
        <source>A certificate needs a name of 1 to 64 characters and a validity of at least a day.</source>
        <translation>Un certificado necesita un nombre de 1 a 64 caracteres y una validez de al menos un día.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::Ed25519</name>
    <message>
        <source>The signature does not match: the data was altered or signed by someone else.</source>
        <translation>La firma no coincide: los datos se alteraron o los firmó otra persona.</translation>
    </message>
    <message>
        <source>The text is not an Ed25519 public key in PEM format.</source>
        <translation>El texto no es una clave pública Ed25519 en formato PEM.</translation>
    </message>
    <message>
        <source>The text is not an Ed25519 private key in PEM format.</source>
        <translation>El texto no es una clave privada Ed25519 en formato PEM.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::Kdf</name>
    <message>
        <source>HKDF-SHA256 can derive 1 to %1 bytes, not %2.</source>
        <translation>HKDF-SHA256 puede derivar de 1 a %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The scrypt parameters are invalid (N=%1, r=%2, p=%3): N must be a power of two, r and p at least 1.</source>
        <translation>Los parámetros de scrypt no son válidos (N=%1, r=%2, p=%3): N debe ser una potencia de dos, y r y p al menos 1.</translation>
    </message>
    <message>
        <source>The scrypt parameters (N=%1, r=%2, p=%3) ask for more memory or time than this station allows; the file that carries them was made with wrong settings or was altered.</source>
        <translation>Los parámetros de scrypt (N=%1, r=%2, p=%3) piden más memoria o tiempo del que esta estación permite; el archivo que los trae se hizo con una configuración errónea o se alteró.</translation>
    </message>
    <message>
        <source>scrypt can derive 1 to %1 bytes, not %2.</source>
        <translation>scrypt puede derivar de 1 a %1 bytes, no %2.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::KeyFiles</name>
    <message>
        <source>%1: cannot read the key file: %2.</source>
        <translation>%1: no se puede leer el archivo de clave: %2.</translation>
    </message>
    <message>
        <source>%1: too large to be a key file.</source>
        <translation>%1: es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <source>%1: not an %2 public key file (PEM “PUBLIC KEY”).</source>
        <translation>%1: no es un archivo de clave pública %2 (PEM “PUBLIC KEY”).</translation>
    </message>
    <message>
        <source>%1: not an %2 private key file (PEM “PRIVATE KEY”).</source>
        <translation>%1: no es un archivo de clave privada %2 (PEM “PRIVATE KEY”).</translation>
    </message>
    <message>
        <source>%1 exists already; it is not overwritten, so no key is lost by accident. Choose another name or move it away.</source>
        <translation>%1 ya existe; no se sobrescribe, para no perder ninguna clave por accidente. Elija otro nombre o muévalo a otro lugar.</translation>
    </message>
    <message>
        <source>%1: cannot write the key file: %2.</source>
        <translation>%1: no se puede escribir el archivo de clave: %2.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::Random</name>
    <message>
        <source>A random value of %1 bytes was requested; that is not possible.</source>
        <translation>Se pidió un valor aleatorio de %1 bytes; eso no es posible.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator is not available. Nothing was created; restart the computer and try again.</source>
        <translation>El generador de números aleatorios del sistema no está disponible. No se creó nada; reinicie la computadora e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>exam::crypto::Sha256</name>
    <message>
        <source>Could not read the file to compute its checksum: %1</source>
        <translation>No se pudo leer el archivo para calcular su suma de comprobación: %1</translation>
    </message>
</context>
<context>
    <name>exam::crypto::X25519</name>
    <message>
        <source>The text is not an X25519 private key in PEM format.</source>
        <translation>El texto no es una clave privada X25519 en formato PEM.</translation>
    </message>
    <message>
        <source>The text is not an X25519 public key in PEM format.</source>
        <translation>El texto no es una clave pública X25519 en formato PEM.</translation>
    </message>
    <message>
        <source>The other party&apos;s public key is weak (it yields a predictable shared secret) and is refused.</source>
        <translation>La clave pública de la otra parte es débil (produce un secreto compartido predecible) y se rechaza.</translation>
    </message>
</context>
<context>
    <name>exam::delivery::BundleExport</name>
    <message>
        <source>Nothing to export: every result on this station is delivered.</source>
        <translation>No hay nada que exportar: todos los resultados de esta estación están entregados.</translation>
    </message>
    <message>
        <source>Nothing new to export: the %1 waiting results were exported before.</source>
        <translation>No hay nada nuevo que exportar: los %1 resultados en espera ya se exportaron.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); nothing was marked exported.</source>
        <translation>No se puede escribir %1 (%2); no se marcó nada como exportado.</translation>
    </message>
    <message>
        <source>The bundle %1 is written, but the outbox could not note it: %2</source>
        <translation>El paquete %1 está escrito, pero la bandeja de salida no pudo registrarlo: %2</translation>
    </message>
</context>
<context>
    <name>exam::delivery::DeliverySettingsStore</name>
    <message>
        <source>The station&apos;s delivery settings hold a damaged key (%1). Set the intake again with `examctl station set-intake`.</source>
        <translation>La configuración de entrega de la estación tiene una clave dañada (%1). Configure de nuevo la recepción con `examctl station set-intake`.</translation>
    </message>
    <message>
        <source>The intake address must be an https:// address with a host name, like https://intake.example.org/; results never travel unencrypted.</source>
        <translation>La dirección de recepción debe ser una dirección https:// con nombre de host, como https://intake.example.org/; los resultados nunca viajan sin cifrar.</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
        <translation>El archivo de CA no tiene ningún certificado PEM (“-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>The pin is not a SHA-256 (32 bytes).</source>
        <translation>El pin no es un SHA-256 (32 bytes).</translation>
    </message>
    <message>
        <source>The receipt key is not an Ed25519 public key.</source>
        <translation>La clave de acuses no es una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>The bundle key is not an X25519 public key.</source>
        <translation>La clave de paquetes no es una clave pública X25519.</translation>
    </message>
    <message>
        <source>“%1” is not a public-key pin: give the base64 (or 64 hexadecimal digits) of the SHA-256 of the intake certificate&apos;s public key, as `exam-intake show` prints it.</source>
        <translation>“%1” no es un pin de clave pública: indique el base64 (o 64 dígitos hexadecimales) del SHA-256 de la clave pública del certificado de recepción, como lo muestra `exam-intake show`.</translation>
    </message>
</context>
<context>
    <name>exam::delivery::Receipts</name>
    <message>
        <source>The intake&apos;s receipt is not a receipt (not a small JSON object).</source>
        <translation>El acuse de la recepción no es un acuse (no es un objeto JSON pequeño).</translation>
    </message>
    <message>
        <source>The intake&apos;s receipt is in a format this build does not read.</source>
        <translation>El acuse de la recepción está en un formato que esta versión no lee.</translation>
    </message>
    <message>
        <source>The intake&apos;s receipt is not signed by the intake key this station was set up with (key %1). The record stays in the outbox; check the intake address and key with `examctl station set-intake`.</source>
        <translation>El acuse de la recepción no está firmado con la clave de recepción con la que se configuró esta estación (clave %1). El registro se queda en la bandeja de salida; compruebe la dirección y la clave de recepción con `examctl station set-intake`.</translation>
    </message>
    <message>
        <source>The intake&apos;s receipt is for another record than the one sent (%1); the record stays in the outbox.</source>
        <translation>El acuse de la recepción es de otro registro distinto del enviado (%1); el registro se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The intake answered without a receipt (the answer is not JSON).</source>
        <translation>La recepción respondió sin acuse (la respuesta no es JSON).</translation>
    </message>
    <message>
        <source>The intake answered without a valid receipt: %1</source>
        <translation>La recepción respondió sin un acuse válido: %1</translation>
    </message>
</context>
<context>
    <name>exam::delivery::ResultBundle</name>
    <message>
        <source>A bundle holds at most %1 records.</source>
        <translation>Un paquete tiene como máximo %1 registros.</translation>
    </message>
    <message>
        <source>The bundle would be larger than %1 MiB; export fewer records at a time.</source>
        <translation>El paquete mediría más de %1 MiB; exporte menos registros cada vez.</translation>
    </message>
    <message>
        <source>This is not a complete results bundle (%1). Nothing was imported; export the bundle again at the station.</source>
        <translation>Este no es un paquete de resultados completo (%1). No se importó nada; exporte el paquete de nuevo en la estación.</translation>
    </message>
    <message>
        <source>The file is larger than any results bundle (%1 MiB).</source>
        <translation>El archivo es más grande que cualquier paquete de resultados (%1 MiB).</translation>
    </message>
    <message>
        <source>This file is not a results bundle (it does not start with %1).</source>
        <translation>Este archivo no es un paquete de resultados (no empieza con %1).</translation>
    </message>
    <message>
        <source>it ends inside its header</source>
        <translation>termina dentro de su encabezado</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>su encabezado no es JSON</translation>
    </message>
    <message>
        <source>The bundle is in a format this build does not read.</source>
        <translation>El paquete está en un formato que esta versión no lee.</translation>
    </message>
    <message>
        <source>This bundle was encrypted for the registry key %1, not for this intake&apos;s key %2. Check the bundle key the station was set up with (`examctl station show`).</source>
        <translation>Este paquete se cifró para la clave de registro %1, no para la clave %2 de esta recepción. Compruebe la clave de paquetes con la que se configuró la estación (`examctl station show`).</translation>
    </message>
    <message>
        <source>it was cut short or altered: its authentication tag does not verify</source>
        <translation>se cortó o se alteró: su etiqueta de autenticación no se verifica</translation>
    </message>
    <message>
        <source>its records are not JSON</source>
        <translation>sus registros no son JSON</translation>
    </message>
    <message>
        <source>it holds %1 records where its header says %2</source>
        <translation>tiene %1 registros donde su encabezado dice %2</translation>
    </message>
</context>
<context>
    <name>exam::delivery::SignedRecords</name>
    <message>
        <source>The result record is larger than %1 KiB; no station writes such a record.</source>
        <translation>El registro de resultado mide más de %1 KiB; ninguna estación escribe un registro así.</translation>
    </message>
    <message>
        <source>The result record is not valid JSON: %1</source>
        <translation>El registro de resultado no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The result record is not in canonical form (RFC 8785), so it is not the bytes a station signed.</source>
        <translation>El registro de resultado no está en forma canónica (RFC 8785), así que no son los bytes que firmó una estación.</translation>
    </message>
    <message>
        <source>The result record&apos;s format is “%1”; this build reads exam-result/1.</source>
        <translation>El formato del registro de resultado es “%1”; esta versión lee exam-result/1.</translation>
    </message>
    <message>
        <source>The result record&apos;s id “%1” is not a UUID.</source>
        <translation>El identificador “%1” del registro de resultado no es un UUID.</translation>
    </message>
    <message>
        <source>The result record&apos;s station key id is not 16 hexadecimal digits.</source>
        <translation>El identificador de clave de estación del registro de resultado no tiene 16 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>El cuerpo de la solicitud no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>exam::delivery::Uploader</name>
    <message>
        <source>An upload is under way; change the settings when it has ended.</source>
        <translation>Hay un envío en curso; cambie la configuración cuando haya terminado.</translation>
    </message>
    <message>
        <source>This station has no intake to upload to. Set it with `examctl station set-intake`, or carry the results on a bundle (`examctl outbox export`).</source>
        <translation>Esta estación no tiene una recepción a la cual enviar. Configúrela con `examctl station set-intake`, o lleve los resultados en un paquete (`examctl outbox export`).</translation>
    </message>
    <message>
        <source>The station&apos;s CA certificates for the intake cannot be read.</source>
        <translation>No se pueden leer los certificados de CA de la estación para la recepción.</translation>
    </message>
    <message>
        <source>The uploader is not configured.</source>
        <translation>El envío no está configurado.</translation>
    </message>
    <message>
        <source>the intake&apos;s certificate key does not match the configured pin.</source>
        <translation>la clave del certificado de la recepción no coincide con el pin configurado.</translation>
    </message>
    <message>
        <source>the intake answered %1.</source>
        <translation>la recepción respondió %1.</translation>
    </message>
    <message>
        <source>%1 answers, certificate trusted.</source>
        <translation>%1 responde, certificado de confianza.</translation>
    </message>
    <message>
        <source>The intake at %1 refused the connection (it is not running or a firewall blocks it).</source>
        <translation>La recepción en %1 rechazó la conexión (no está en marcha o un cortafuegos la bloquea).</translation>
    </message>
    <message>
        <source>The intake&apos;s host name %1 is not known here (no network, or a wrong address).</source>
        <translation>El nombre de host de la recepción, %1, no se conoce aquí (no hay red o la dirección es incorrecta).</translation>
    </message>
    <message>
        <source>The intake at %1 did not answer within %2 s.</source>
        <translation>La recepción en %1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The intake at %1 could not prove who it is: %2. Check the CA the station was set up with.</source>
        <translation>La recepción en %1 no pudo demostrar su identidad: %2. Compruebe la CA con la que se configuró la estación.</translation>
    </message>
    <message>
        <source>The intake at %1 closed the connection before answering; the record will be sent again (the intake keeps one copy).</source>
        <translation>La recepción en %1 cerró la conexión antes de responder; el registro se enviará de nuevo (la recepción guarda una sola copia).</translation>
    </message>
    <message>
        <source>The intake at %1 could not be reached: %2</source>
        <translation>No se pudo contactar la recepción en %1: %2</translation>
    </message>
    <message>
        <source>The intake&apos;s certificate key does not match the pin this station was set up with; nothing was sent. If the intake&apos;s key was changed on purpose, set the new pin with `examctl station set-intake`.</source>
        <translation>La clave del certificado de la recepción no coincide con el pin con el que se configuró esta estación; no se envió nada. Si la clave de la recepción se cambió a propósito, configure el nuevo pin con `examctl station set-intake`.</translation>
    </message>
    <message>
        <source>The intake at %1 does not accept this station (%2). The registry has to register the station&apos;s public key (`examctl station show` prints it).</source>
        <translation>La recepción en %1 no acepta esta estación (%2). El registro tiene que dar de alta la clave pública de la estación (`examctl station show` la muestra).</translation>
    </message>
    <message>
        <source>The intake holds a different record under this result id (%1). This is kept as a possible tampering; contact the registry.</source>
        <translation>La recepción tiene otro registro con este identificador de resultado (%1). Se guarda como posible manipulación; comuníquese con el registro.</translation>
    </message>
    <message>
        <source>The intake refused the record&apos;s signature (%1); contact the registry.</source>
        <translation>La recepción rechazó la firma del registro (%1); comuníquese con el registro.</translation>
    </message>
    <message>
        <source>The intake refused the record as malformed (%1 %2).</source>
        <translation>La recepción rechazó el registro por estar mal formado (%1 %2).</translation>
    </message>
    <message>
        <source>The intake at %1 is busy or in maintenance (503).</source>
        <translation>La recepción en %1 está ocupada o en mantenimiento (503).</translation>
    </message>
    <message>
        <source>The intake at %1 answered %2 %3.</source>
        <translation>La recepción en %1 respondió %2 %3.</translation>
    </message>
    <message>
        <source>The intake at %1 asks this centre to send more slowly (429).</source>
        <translation>La recepción en %1 pide a este centro que envíe más despacio (429).</translation>
    </message>
    <message>
        <source>The server at %1 answers, but the intake behind it does not (%2); the registry has to start it again. Results wait here.</source>
        <translation>El servidor en %1 responde, pero la recepción que hay detrás no (%2); el registro tiene que ponerlo en marcha de nuevo. Los resultados esperan aquí.</translation>
    </message>
</context>
<context>
    <name>exam::intake::IntakeStore</name>
    <message>
        <source>A station key is an Ed25519 public key.</source>
        <translation>Una clave de estación es una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>The station key %1 is registered already (as “%2”).</source>
        <translation>La clave de estación %1 ya está registrada (como «%2»).</translation>
    </message>
    <message>
        <source>No accepted station has the key id %1 (see `exam-intake station list`).</source>
        <translation>Ninguna estación aceptada tiene el id de clave %1 (vea `exam-intake station list`).</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::BankContents</name>
    <message>
        <source>This station has no centre key yet, so it cannot open %1.</source>
        <translation>Esta estación todavía no tiene clave de centro, así que no puede abrir %1.</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::PanelController</name>
    <message>
        <source>The module is paused.</source>
        <translation>El módulo está en pausa.</translation>
    </message>
    <message>
        <source>The module goes on.</source>
        <translation>El módulo continúa.</translation>
    </message>
    <message>
        <source>%1 minutes added.</source>
        <translation>Se agregaron %1 minutos.</translation>
    </message>
    <message>
        <source>Sign in again to void the module.</source>
        <translation>Inicie sesión de nuevo para anular el módulo.</translation>
    </message>
    <message>
        <source>The module is voided; its record says why.</source>
        <translation>El módulo está anulado; su registro indica el motivo.</translation>
    </message>
    <message>
        <source>Sign in again to end the sitting.</source>
        <translation>Inicie sesión de nuevo para terminar el turno.</translation>
    </message>
    <message>
        <source>Sign in again to leave kiosk mode.</source>
        <translation>Inicie sesión de nuevo para salir del modo quiosco.</translation>
    </message>
    <message>
        <source>Sign in to open the proctor panel.</source>
        <translation>Inicie sesión para abrir el panel del supervisor.</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>sin comenzar</translation>
    </message>
    <message>
        <source>ready, waiting to be started</source>
        <translation>listo, en espera de comenzar</translation>
    </message>
    <message>
        <source>interrupted, waiting to be resumed</source>
        <translation>interrumpido, en espera de reanudar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>interrupted during a break, waiting to be resumed</source>
        <translation>interrumpido durante un descanso, en espera de reanudarse</translation>
    </message>
    <message>
        <source>on a break (the clock is stopped; resume ends it)</source>
        <translation>en un descanso del candidato (el reloj está detenido; reanudar lo termina)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>ended when the time ran out</source>
        <translation>terminado al acabarse el tiempo</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::RoomStation</name>
    <message>
        <source>Nothing can be saved on this station&apos;s disk.</source>
        <translation>No se puede guardar nada en el disco de esta estación.</translation>
    </message>
    <message>
        <source>Message from the proctor: %1</source>
        <translation>Mensaje del supervisor del examen: %1</translation>
    </message>
    <message>
        <source>No module is open at this station.</source>
        <translation>No hay ningún módulo abierto en esta estación.</translation>
    </message>
    <message>
        <source>The candidate has not pressed &quot;ready&quot; yet.</source>
        <translation>El candidato todavía no ha pulsado &quot;Ya puedo comenzar&quot;.</translation>
    </message>
    <message>
        <source>The sitting could not be ended: the station shows why.</source>
        <translation>No se pudo terminar la sesión de examen: la estación muestra el motivo.</translation>
    </message>
    <message>
        <source>The sitting from the console cannot be read: %1</source>
        <translation>No se puede leer la sesión de examen enviada por la consola: %1</translation>
    </message>
    <message>
        <source>from station %1: %2</source>
        <translation>desde la estación %1: %2</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::ScreenReader</name>
    <message>
        <source>The screen reader&apos;s settings cannot be written to %1: %2.</source>
        <translation>No se puede escribir la configuración del lector de pantalla en %1: %2.</translation>
    </message>
    <message>
        <source>The screen reader&apos;s transcript cannot be set up: %1.</source>
        <translation>No se puede preparar la transcripción del lector de pantalla: %1.</translation>
    </message>
    <message>
        <source>The screen reader cannot start: no folder for its settings (%1).</source>
        <translation>El lector de pantalla no puede iniciarse: no hay carpeta para su configuración (%1).</translation>
    </message>
    <message>
        <source>The screen reader stopped. Sign in and set the sitting up again, or call support.</source>
        <translation>El lector de pantalla se detuvo. Inicie sesión y prepare de nuevo la sesión de examen, o llame a soporte.</translation>
    </message>
    <message>
        <source>The screen reader cannot start: %1.</source>
        <translation>El lector de pantalla no puede iniciarse: %1.</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::SetupController</name>
    <message>
        <source>The sitting has no module.</source>
        <translation>El turno no tiene ningún módulo.</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::SittingController</name>
    <message>
        <source>No module is open.</source>
        <translation>No hay ningún módulo abierto.</translation>
    </message>
    <message>
        <source>Sign in to set up a sitting.</source>
        <translation>Inicie sesión para preparar un turno.</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4 items</source>
        <translation>%1 %2 (%3), %4 preguntas</translation>
    </message>
    <message>
        <source>Exam modules installed here (%1):</source>
        <translation>Módulos de examen instalados aquí (%1):</translation>
    </message>
    <message>
        <source>No exam modules are installed on this station yet. Please ask your centre administrator.</source>
        <translation>Todavía no hay módulos de examen instalados en esta estación. Consulte al administrador de su centro.</translation>
    </message>
    <message>
        <source>This station has no centre key yet, so it cannot open the modules. The centre administrator sets the station up first.</source>
        <translation>Esta estación todavía no tiene clave de centro, así que no puede abrir los módulos. El administrador del centro configura primero la estación.</translation>
    </message>
    <message>
        <source>This station is ready</source>
        <translation>Esta estación está lista</translation>
    </message>
    <message>
        <source>A proctor sets up each sitting. Please wait for your proctor.</source>
        <translation>Un supervisor prepara cada turno. Espere a su supervisor.</translation>
    </message>
    <message>
        <source>Proctor: set up a sitting</source>
        <translation>Supervisor: preparar un turno</translation>
    </message>
    <message>
        <source>The station&apos;s signing key (station-key.key) is missing. Restore it from the station&apos;s backup.</source>
        <translation>Falta la clave de firma de la estación (station-key.key). Restáurela desde la copia de seguridad de la estación.</translation>
    </message>
    <message>
        <source>This station cannot record results</source>
        <translation>Esta estación no puede registrar resultados</translation>
    </message>
    <message>
        <source>This session cannot be opened</source>
        <translation>No se puede abrir esta sesión</translation>
    </message>
    <message>
        <source>This module cannot be opened</source>
        <translation>No se puede abrir este módulo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sign in to start the module; the clock starts at once.</source>
        <translation>Inicie sesión para comenzar el módulo; el reloj empieza de inmediato.</translation>
    </message>
    <message>
        <source>The module could not be started</source>
        <translation>No se pudo comenzar el módulo</translation>
    </message>
    <message>
        <source>Sign in to resume the module.</source>
        <translation>Inicie sesión para reanudar el módulo.</translation>
    </message>
    <message>
        <source>The module could not be resumed</source>
        <translation>No se pudo reanudar el módulo</translation>
    </message>
    <message>
        <source>Sign in to go on to the next module.</source>
        <translation>Inicie sesión para pasar al siguiente módulo.</translation>
    </message>
    <message>
        <source>The next module cannot be found</source>
        <translation>No se encuentra el siguiente módulo</translation>
    </message>
    <message>
        <source>Sign in to end the sitting.</source>
        <translation>Inicie sesión para terminar el turno.</translation>
    </message>
    <message>
        <source>Sitting ended by the proctor at the station.</source>
        <translation>Turno terminado por el supervisor en la estación.</translation>
    </message>
    <message>
        <source>The sitting could not be ended</source>
        <translation>No se pudo terminar el turno</translation>
    </message>
    <message>
        <source>Ended by the proctor at the station.</source>
        <translation>Terminado por el supervisor en la estación.</translation>
    </message>
    <message>
        <source>Sign in to leave kiosk mode. The station stops; a sitting in progress can be resumed later.</source>
        <translation>Inicie sesión para salir del modo quiosco. La estación se detiene; un turno en curso se puede reanudar después.</translation>
    </message>
    <message>
        <source>Nothing saved before is lost.</source>
        <translation>No se pierde nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>Proctor: end the sitting</source>
        <translation>Supervisor: terminar el turno</translation>
    </message>
    <message>
        <source>Proctor: try again</source>
        <translation>Supervisor: intentar de nuevo</translation>
    </message>
    <message>
        <source>%1 Please call the proctor.</source>
        <translation>%1 Llame al supervisor del examen.</translation>
    </message>
    <message>
        <source>This station is in the middle of another sitting. Choose a spare station that shows &quot;ready&quot;.</source>
        <translation>Esta estación está en medio de otra sesión de examen. Elija una estación de reserva que muestre &quot;Lista para un candidato&quot;.</translation>
    </message>
    <message>
        <source>The sitting of %1 went on at station %2 while this station was out of order. This station records nothing more for it.</source>
        <translation>La sesión de examen de %1 continuó en la estación %2 mientras esta estación estaba fuera de servicio. Esta estación ya no registra nada de ella.</translation>
    </message>
</context>
<context>
    <name>exam::kiosk::StationDelivery</name>
    <message>
        <source>An upload is already under way; its outcome shows here when it ends.</source>
        <translation>Ya hay un envío en curso; su resultado aparecerá aquí cuando termine.</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit log cannot record the request (%1).</source>
        <translation>No se envió nada: el registro de auditoría no puede anotar la solicitud (%1).</translation>
    </message>
    <message>
        <source>Upload finished: %1 delivered, %2 still waiting.</source>
        <translation>Envío terminado: %1 entregados, %2 todavía en espera.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>This station has no registry key to encrypt the results to. A centre admin sets it with examctl station set-intake --bundle-key.</source>
        <translation>Esta estación no tiene una clave de registro para cifrar los resultados. Un administrador del centro la configura con examctl station set-intake --bundle-key.</translation>
    </message>
    <message>
        <source>No USB drive is plugged in (or it is read-only). Plug one in, then press Export again.</source>
        <translation>No hay ninguna memoria USB conectada (o es de solo lectura). Conecte una y presione Exportar de nuevo.</translation>
    </message>
    <message>
        <source>More than one drive is plugged in (%1). Leave only the one to take to the registry.</source>
        <translation>Hay más de una unidad conectada (%1). Deje solo la que se llevará al registro.</translation>
    </message>
    <message>
        <source>Results written to %2 as %3: %1, encrypted for the registry. They stay here until the registry confirms them.</source>
        <translation>Resultados escritos en %2 como %3: %1, cifrados para el registro. Se quedan aquí hasta que el registro los confirme.</translation>
    </message>
    <message>
        <source>%1 results to %2</source>
        <translation>%1 resultados a %2</translation>
    </message>
    <message>
        <source>The audit log could not record the export: %1</source>
        <translation>El registro de auditoría no pudo anotar la exportación: %1</translation>
    </message>
    <message>
        <source>Every result is delivered (%1 in all).</source>
        <translation>Todos los resultados están entregados (%1 en total).</translation>
    </message>
    <message>
        <source>Waiting for delivery: %1. Delivered: %2.</source>
        <translation>En espera de entrega: %1. Entregados: %2.</translation>
    </message>
    <message>
        <source>On an exported bundle, waiting for the registry: %1.</source>
        <translation>En un paquete exportado, en espera del registro: %1.</translation>
    </message>
    <message>
        <source>Refused by the registry: %1; a centre admin looks at them with examctl outbox status.</source>
        <translation>Rechazados por el registro: %1; un administrador del centro los revisa con examctl outbox status.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>No intake is set for this station: a centre admin delivers the results with examctl outbox upload or outbox export.</source>
        <translation>Esta estación no tiene recepción configurada: un administrador del centro entrega los resultados con examctl outbox upload u outbox export.</translation>
    </message>
</context>
<context>
    <name>exam::results::AuditSeal</name>
    <message>
        <source>The chain breaks at entry %1: an entry was changed, removed or inserted there.</source>
        <translation>La cadena se rompe en la entrada %1: ahí se cambió, se quitó o se insertó una entrada.</translation>
    </message>
    <message>
        <source>The checkpoint at entry %1 is not signed by this station&apos;s key.</source>
        <translation>El punto de control de la entrada %1 no está firmado con la clave de esta estación.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but the station signed it up to entry %2 on %3: entries were cut from its end.</source>
        <translation>El registro termina en la entrada %1, pero la estación lo firmó hasta la entrada %2 el %3: se quitaron entradas de su final.</translation>
    </message>
    <message>
        <source>Entry %1 is not the one the station signed on %2: the log was rewritten up to there.</source>
        <translation>La entrada %1 no es la que la estación firmó el %2: el registro se reescribió hasta ahí.</translation>
    </message>
    <message>
        <source>Result %1 was signed when the log ended at an entry it no longer holds: entries were removed or rewritten.</source>
        <translation>El resultado %1 se firmó cuando el registro terminaba en una entrada que ya no contiene: se quitaron o se reescribieron entradas.</translation>
    </message>
    <message>
        <source>Result %1 does not verify with this station&apos;s key: it was changed.</source>
        <translation>El resultado %1 no se verifica con la clave de esta estación: se modificó.</translation>
    </message>
    <message>
        <source>The audit log was changed, so the station does not sign it: %1</source>
        <translation>El registro de auditoría se modificó, así que la estación no lo firma: %1</translation>
    </message>
</context>
<context>
    <name>exam::results::CredentialRules</name>
    <message>
        <source>%1 can be taken only after %2 has been passed.</source>
        <translation>%1 solo se puede presentar después de aprobar %2.</translation>
    </message>
    <message>
        <source>The last attempt at %1 on %2 was not passed (%3 in a row); a retake is allowed %4 days after it, from %5.</source>
        <translation>El último intento de %1 el %2 no se aprobó (%3 seguidos); se permite repetirlo %4 días después, a partir del %5.</translation>
    </message>
</context>
<context>
    <name>exam::results::ResultRecorder</name>
    <message>
        <source>There is no session %1 to record.</source>
        <translation>No hay ninguna sesión %1 que registrar.</translation>
    </message>
    <message>
        <source>Session %1 went on at station %2: this station records nothing for it.</source>
        <translation>La sesión %1 continuó en la estación %2: esta estación no registra nada de ella.</translation>
    </message>
</context>
<context>
    <name>exam::results::ResultStore</name>
    <message>
        <source>Give at least the first 8 characters of the result id.</source>
        <translation>Indique al menos los primeros 8 caracteres del identificador del resultado.</translation>
    </message>
    <message>
        <source>There is no result %1 on this station. See examctl results list.</source>
        <translation>No hay ningún resultado %1 en esta estación. Consulte examctl results list.</translation>
    </message>
    <message>
        <source>%1 starts %2 result ids; give more of it.</source>
        <translation>%1 es el inicio de %2 identificadores de resultado; indique más caracteres.</translation>
    </message>
</context>
<context>
    <name>exam::results::ScoreReports</name>
    <message>
        <source>Session %1 has not ended, so it has no score report yet. The report is ready when the candidate submits or the time runs out.</source>
        <translation>La sesión %1 no ha terminado, así que todavía no tiene informe de resultados. El informe está listo cuando el candidato entrega o se acaba el tiempo.</translation>
    </message>
    <message>
        <source>The result record of session %1 cannot be read, so no report can be made from it. Keep the station&apos;s data folder as it is and contact support; the signed record is also in the outbox.</source>
        <translation>No se puede leer el registro de resultado de la sesión %1, así que no se puede hacer un informe con él. Deje la carpeta de datos de la estación como está y comuníquese con soporte; el registro firmado también está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Session %1 was voided: a voided module has no score and no report. The candidate may sit the module again.</source>
        <translation>La sesión %1 se anuló: un módulo anulado no tiene calificación ni informe. El candidato puede presentar el módulo de nuevo.</translation>
    </message>
    <message>
        <source>Session %1 was taken from bank %2, not %3: open the report with the bank the module was taken from.</source>
        <translation>La sesión %1 se presentó con el banco %2, no con %3: abra el informe con el banco del que se presentó el módulo.</translation>
    </message>
    <message>
        <source>The score in the result record of session %1 is inconsistent, so no report is made from it. Contact support.</source>
        <translation>La calificación del registro de resultado de la sesión %1 no es coherente, así que no se hace un informe con ella. Comuníquese con soporte.</translation>
    </message>
</context>
<context>
    <name>exam::results::SittingSetup</name>
    <message>
        <source>%1 is chosen twice; a sitting takes each module once.</source>
        <translation>%1 se eligió dos veces; un turno incluye cada módulo una sola vez.</translation>
    </message>
    <message>
        <source>%1 is already set up for this candidate in sitting %2 and not finished. Continue that sitting, or close it first.</source>
        <translation>%1 ya está preparado para este candidato en el turno %2 y no ha terminado. Continúe ese turno, o ciérrelo primero.</translation>
    </message>
    <message>
        <source>Refused by the rules: %1 Set up by the proctor because: %2</source>
        <translation>Rechazado por las reglas: %1 Preparado por el supervisor porque: %2</translation>
    </message>
    <message>
        <source>%1
To set it up anyway, give the reason; it is logged and sent with the result.</source>
        <translation>%1
Para prepararlo de todos modos, indique el motivo; se registra y se envía con el resultado.</translation>
    </message>
</context>
<context>
    <name>exam::results::StationKey</name>
    <message>
        <source>The station&apos;s signing key cannot be used: %1 Restore it from the station&apos;s backup; making a new key would break the link to results already sent.</source>
        <translation>No se puede usar la clave de firma de la estación: %1 Restáurela desde la copia de seguridad de la estación; crear una clave nueva rompería el vínculo con los resultados ya enviados.</translation>
    </message>
</context>
<context>
    <name>exam::room</name>
    <message>
        <source>is not a station&apos;s state</source>
        <translation>no es un estado de estación</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
</context>
<context>
    <name>exam::room::ConsoleStore</name>
    <message>
        <source>That station is not in this room.</source>
        <translation>Esa estación no está en esta sala.</translation>
    </message>
    <message>
        <source>A room&apos;s name has 1 to 64 characters.</source>
        <translation>El nombre de una sala tiene de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>A break limit is 1 to 120 minutes.</source>
        <translation>El límite de un descanso es de 1 a 120 minutos.</translation>
    </message>
</context>
<context>
    <name>exam::room::ReplicaStore</name>
    <message>
        <source>Replica entry %1 of session %2 does not follow entry %3 kept before; none of this batch was kept.</source>
        <translation>La entrada %1 de la réplica de la sesión de examen %2 no sigue a la entrada %3 guardada antes; no se guardó nada de este lote.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomAction</name>
    <message>
        <source>Give a reason: it goes into the station&apos;s audit log and the result.</source>
        <translation>Indique un motivo: se anota en el registro de auditoría de la estación y en el resultado.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>El motivo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Extend by 1 to %1 minutes.</source>
        <translation>Amplíe el tiempo de 1 a %1 minutos.</translation>
    </message>
    <message>
        <source>Write the message to show on the candidate&apos;s screen.</source>
        <translation>Escriba el mensaje que se mostrará en la pantalla del candidato.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>El mensaje tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>is not an action this station knows</source>
        <translation>no es una acción que esta estación conozca</translation>
    </message>
    <message>
        <source>There is no sitting to take over.</source>
        <translation>No hay ninguna sesión de examen que continuar.</translation>
    </message>
    <message>
        <source>Name the other station.</source>
        <translation>Indique la otra estación.</translation>
    </message>
    <message>
        <source>Name the session that moved.</source>
        <translation>Indique la sesión que se trasladó.</translation>
    </message>
    <message>
        <source>The station&apos;s name is longer than %1 characters.</source>
        <translation>El nombre de la estación tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomChannel</name>
    <message>
        <source>The other side did not complete TLS.</source>
        <translation>El otro extremo no completó la conexión TLS.</translation>
    </message>
    <message>
        <source>The connection closed.</source>
        <translation>La conexión se cerró.</translation>
    </message>
    <message>
        <source>The other side showed no usable certificate.</source>
        <translation>El otro extremo no presentó ningún certificado utilizable.</translation>
    </message>
    <message>
        <source>The other side sent a frame larger than %1 bytes.</source>
        <translation>El otro extremo envió una trama de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The other side sent a frame that is not a JSON object.</source>
        <translation>El otro extremo envió una trama que no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomIdentity</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a room identity.</source>
        <translation>%1 es demasiado grande para ser una identidad de sala.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>The room identity in %1 and %2 is damaged. Its room knows this machine by it: restore the files from a backup, or remove both and join the room again.</source>
        <translation>La identidad de sala de %1 y %2 está dañada. Su sala reconoce este equipo por ella: restaure los archivos desde una copia de seguridad, o quite ambos y vuelva a unirse a la sala.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomJoin</name>
    <message>
        <source>Nobody accepted the station at the console within %1 minutes. Run the command again while a proctor watches the console.</source>
        <translation>Nadie aceptó la estación en la consola en un plazo de %1 minutos. Ejecute de nuevo el comando mientras un supervisor vigila la consola.</translation>
    </message>
    <message>
        <source>The console at %1 refused the station: %2</source>
        <translation>La consola en %1 rechazó la estación: %2</translation>
    </message>
    <message>
        <source>The station is in this room already.</source>
        <translation>La estación ya está en esta sala.</translation>
    </message>
    <message>
        <source>No room console answered at %1 port %2: %3 Check the address, that exam-room runs there with &quot;Add stations&quot; open, and that the network lets the port through.</source>
        <translation>Ninguna consola de la sala respondió en %1, puerto %2: %3 Compruebe la dirección, que exam-room se ejecute allí con &quot;Agregar estaciones&quot; abierto y que la red deje pasar el puerto.</translation>
    </message>
    <message>
        <source>The console&apos;s pairing message is not valid.</source>
        <translation>El mensaje de vinculación de la consola no es válido.</translation>
    </message>
    <message>
        <source>The console&apos;s pairing answer does not match what it promised: another machine may be between this station and the console. Nothing was kept; check the network and try again.</source>
        <translation>La respuesta de vinculación de la consola no coincide con lo que prometió: puede haber otro equipo entre esta estación y la consola. No se guardó nada; revise la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The codes differ, so the station did not join: another machine may be between it and the console. Nothing was kept.</source>
        <translation>Los códigos no coinciden, así que la estación no se unió: puede haber otro equipo entre ella y la consola. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomLink</name>
    <message>
        <source>This action reached the station %1 s after it was sent, so it was not applied. Send it again if it is still needed.</source>
        <translation>Esta acción llegó a la estación %1 s después de enviarse, así que no se aplicó. Envíela de nuevo si todavía hace falta.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomModel</name>
    <message>
        <source>%1 is back.</source>
        <translation>%1 volvió a conectarse.</translation>
    </message>
    <message>
        <source>%1 is offline: its connection closed.</source>
        <translation>%1 está sin conexión: su conexión se cerró.</translation>
    </message>
    <message>
        <source>%1 refused &quot;%2&quot;: %3</source>
        <translation>%1 rechazó &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not reach %2 and will not be applied: %3</source>
        <translation>&quot;%1&quot; no llegó a %2 y no se aplicará: %3</translation>
    </message>
    <message>
        <source>%1 has not been heard from for %2 s.</source>
        <translation>%1 no da señal desde hace %2 s.</translation>
    </message>
    <message>
        <source>%1 restarted after a crash: the module waits for a proctor to resume it.</source>
        <translation>%1 se reinició tras un fallo: el módulo espera a que un supervisor lo reanude.</translation>
    </message>
    <message>
        <source>%1 cannot save: %2</source>
        <translation>%1 no puede guardar: %2</translation>
    </message>
    <message>
        <source>%1: the candidate&apos;s break is longer than %2 minutes.</source>
        <translation>%1: el descanso del candidato supera los %2 minutos.</translation>
    </message>
    <message>
        <source>%1: wrong PINs locked a proctor account.</source>
        <translation>%1: una cuenta de supervisor se bloqueó por PIN incorrectos.</translation>
    </message>
    <message>
        <source>%1: an attempt to leave the kiosk was refused.</source>
        <translation>%1: se rechazó un intento de salir del quiosco.</translation>
    </message>
    <message>
        <source>%1: %2 ended.</source>
        <translation>%1: %2 terminó.</translation>
    </message>
    <message>
        <source>%1: five minutes left in %2.</source>
        <translation>%1: quedan cinco minutos de %2.</translation>
    </message>
    <message>
        <source>%1 is offline: %2</source>
        <translation>%1 está sin conexión: %2</translation>
    </message>
    <message>
        <source>%1: the console&apos;s copy of its answers is %2 s behind. Check the room&apos;s network.</source>
        <translation>%1: la copia de sus respuestas en la consola lleva %2 s de retraso. Revise la red de la sala.</translation>
    </message>
</context>
<context>
    <name>exam::room::RoomServer</name>
    <message>
        <source>The console cannot listen on %1 port %2: %3.</source>
        <translation>La consola no puede escuchar en %1, puerto %2: %3.</translation>
    </message>
    <message>
        <source>The station was removed from the room.</source>
        <translation>La estación se quitó de la sala.</translation>
    </message>
    <message>
        <source>The console stopped adding stations.</source>
        <translation>La consola dejó de agregar estaciones.</translation>
    </message>
    <message>
        <source>The proctor did not accept this station.</source>
        <translation>El supervisor no aceptó esta estación.</translation>
    </message>
    <message>
        <source>This machine is not a station of this room.</source>
        <translation>Este equipo no es una estación de esta sala.</translation>
    </message>
    <message>
        <source>The station did not say hello first.</source>
        <translation>La estación no envió primero su saludo.</translation>
    </message>
    <message>
        <source>The station connected again.</source>
        <translation>La estación se conectó de nuevo.</translation>
    </message>
    <message>
        <source>The station asked again.</source>
        <translation>La estación volvió a pedir unirse.</translation>
    </message>
    <message>
        <source>The console could not keep the pairing; try again.</source>
        <translation>La consola no pudo guardar la vinculación; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The station did not say hello in time.</source>
        <translation>La estación no envió su saludo a tiempo.</translation>
    </message>
    <message>
        <source>Too many stations are waiting to join; try again in a minute.</source>
        <translation>Hay demasiadas estaciones esperando para unirse; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>Unnamed station</source>
        <translation>Estación sin nombre</translation>
    </message>
    <message>
        <source>The station&apos;s pairing message is not valid.</source>
        <translation>El mensaje de vinculación de la estación no es válido.</translation>
    </message>
    <message>
        <source>Not heard from for %1 s.</source>
        <translation>Sin señal desde hace %1 s.</translation>
    </message>
    <message>
        <source>This station speaks another version of the room&apos;s protocol (%1; the console speaks %2): update the station or the console so that both are the same release.</source>
        <translation>Esta estación usa otra versión del protocolo de la sala (%1; la consola usa %2): actualice la estación o la consola para que ambas sean de la misma versión.</translation>
    </message>
</context>
<context>
    <name>exam::room::StationPairing</name>
    <message>
        <source>This station is in no room.</source>
        <translation>Esta estación no está en ninguna sala.</translation>
    </message>
    <message>
        <source>This station is no longer in that room.</source>
        <translation>Esta estación ya no está en esa sala.</translation>
    </message>
    <message>
        <source>Action %1 was refused: the station has taken action %2 already, so this one is a replay.</source>
        <translation>Se rechazó la acción %1: la estación ya procesó la acción %2, así que esta es una repetición.</translation>
    </message>
</context>
<context>
    <name>exam::roomconsole::DemoRoom</name>
    <message>
        <source>Demo proctor</source>
        <translation>Supervisor de demostración</translation>
    </message>
    <message>
        <source>Demo station %1</source>
        <translation>Estación de demostración %1</translation>
    </message>
    <message>
        <source>Demo room</source>
        <translation>Sala de demostración</translation>
    </message>
</context>
<context>
    <name>exam::roomconsole::RoomConsole</name>
    <message>
        <source>No proctor yet</source>
        <translation>Aún no hay supervisor</translation>
    </message>
    <message>
        <source>This console has no proctor account yet. Add one on this machine&apos;s command line, then sign in:

exam-room --add-proctor LOGIN --name &quot;NAME&quot;

The PIN is asked there, never shown.</source>
        <translation>Esta consola todavía no tiene ninguna cuenta de supervisor. Agregue una en la línea de comandos de este equipo y luego inicie sesión:

exam-room --add-proctor LOGIN --name &quot;NAME&quot;

El PIN se pide allí y nunca se muestra.</translation>
    </message>
    <message>
        <source>Sign in to the room console</source>
        <translation>Inicie sesión en la consola de la sala</translation>
    </message>
    <message>
        <source>to act on the room&apos;s stations</source>
        <translation>para actuar sobre las estaciones de la sala</translation>
    </message>
    <message>
        <source>Adding stations</source>
        <translation>Agregando estaciones</translation>
    </message>
    <message>
        <source>&lt;p&gt;This console accepts new stations while this window is open.&lt;/p&gt;&lt;p&gt;On each station, as its administrator, run:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Each station then shows a code. Accept it here only when this console shows the same code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta consola acepta estaciones nuevas mientras esta ventana esté abierta.&lt;/p&gt;&lt;p&gt;En cada estación, como su administrador, ejecute:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Luego cada estación muestra un código. Acéptela aquí solo si esta consola muestra el mismo código.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop adding stations</source>
        <translation>Dejar de agregar estaciones</translation>
    </message>
    <message>
        <source>the station is not connected.</source>
        <translation>la estación no está conectada.</translation>
    </message>
    <message>
        <source>to confirm: %1</source>
        <translation>para confirmar: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s. The station refuses an action that reaches it late, so it was most likely not applied: look at its tile before sending it again.</source>
        <translation>sin respuesta en %1 s. La estación rechaza una acción que le llega tarde, así que lo más probable es que no se haya aplicado: mire su ficha antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Choose a station that stopped and another one to go on at.</source>
        <translation>Elija una estación que se detuvo y otra en la que continuar.</translation>
    </message>
    <message>
        <source>%1 still answers: act on it there (pause, resume or void). A sitting moves only from a station that stopped answering.</source>
        <translation>%1 todavía responde: actúe sobre ella allí (pausar, reanudar o anular). Una sesión de examen solo se traslada desde una estación que dejó de responder.</translation>
    </message>
    <message>
        <source>%1 had no module under way when it stopped: there is nothing to go on with.</source>
        <translation>%1 no tenía ningún módulo en curso cuando se detuvo: no hay nada que continuar.</translation>
    </message>
    <message>
        <source>That sitting already went on at %1.</source>
        <translation>Esa sesión de examen ya continuó en %1.</translation>
    </message>
    <message>
        <source>%1 is not ready for a candidate: choose a station that shows &quot;Ready&quot;.</source>
        <translation>%1 no está lista para un candidato: elija una estación que muestre &quot;Lista para un candidato&quot;.</translation>
    </message>
    <message>
        <source>The console&apos;s copy of the sitting cannot be used: %1</source>
        <translation>No se puede usar la copia de la sesión de examen que tiene la consola: %1</translation>
    </message>
    <message>
        <source>%1 did not take the sitting: its tile says why.</source>
        <translation>%1 no recibió la sesión de examen: su recuadro indica el motivo.</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no enviada</translation>
    </message>
</context>
<context>
    <name>exam::session::FormAssembler</name>
    <message>
        <source>A form seed has %1 bytes.</source>
        <translation>Una semilla de formulario tiene %1 bytes.</translation>
    </message>
    <message>
        <source>the pilot set</source>
        <translation>el conjunto piloto</translation>
    </message>
    <message>
        <source>key work activity “%1” of %2</source>
        <translation>la actividad clave de trabajo “%1” de %2</translation>
    </message>
    <message>
        <source>The bank cannot fill the form: %1 needs %2 items and has %3 that can be drawn once retired items, one item per variant group and items that give away others on the candidate&apos;s forms are left out. Ask the publisher for a bank with a deeper pool.</source>
        <translation>El banco no puede completar la versión del examen: %1 necesita %2 ítems y tiene %3 que se pueden elegir, una vez excluidos los ítems retirados, más de un ítem por grupo de variantes y los ítems que revelan otros de las versiones del examen del candidato. Pida a la editorial un banco con más ítems.</translation>
    </message>
    <message>
        <source>The bank cannot fill the form for a candidate with read-aloud or a screen reader: item %1 of %2 is read off its picture, and no other item of that domain and key work activity can take its place. Set the module up without the accommodation only if the candidate does not need it, or ask the publisher for a bank with accessible variants.</source>
        <translation>El banco no puede completar la versión del examen para un candidato con lectura en voz alta o lector de pantalla: el ítem %1 de %2 se responde leyendo su imagen y ningún otro ítem de ese dominio y actividad clave de trabajo puede ocupar su lugar. Prepare el módulo sin esta adaptación solo si el candidato no la necesita, o pida a la editorial un banco con variantes accesibles.</translation>
    </message>
    <message>
        <source>%1 (besides its key work activity quotas)</source>
        <translation>%1 (además de sus cuotas por actividad clave de trabajo)</translation>
    </message>
</context>
<context>
    <name>exam::session::PinPepper</name>
    <message>
        <source>The PIN pepper %1 is damaged, so no PIN can be checked. Restore it from the station&apos;s backup.</source>
        <translation>El secreto de los PIN %1 está dañado, así que no se puede comprobar ningún PIN. Restáurelo desde la copia de seguridad de la estación.</translation>
    </message>
    <message>
        <source>The PIN pepper %1 cannot be read: %2</source>
        <translation>No se puede leer el secreto de los PIN %1: %2</translation>
    </message>
    <message>
        <source>The PIN pepper %1 is missing, so no PIN can be checked. Restore it from the station&apos;s backup, or give each proctor a new PIN with examctl proctor recover.</source>
        <translation>Falta el secreto de los PIN %1, así que no se puede comprobar ningún PIN. Restáurelo desde la copia de seguridad de la estación, o dé a cada supervisor un PIN nuevo con examctl proctor recover.</translation>
    </message>
    <message>
        <source>The PIN pepper %1 cannot be written: %2</source>
        <translation>No se puede escribir el secreto de los PIN %1: %2</translation>
    </message>
</context>
<context>
    <name>exam::session::ProctorAccounts</name>
    <message>
        <source>A PIN or passphrase has at most 256 characters.</source>
        <translation>Un PIN o una frase de contraseña tiene como máximo 256 caracteres.</translation>
    </message>
    <message>
        <source>A PIN needs at least 6 digits.</source>
        <translation>Un PIN necesita al menos 6 dígitos.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 10 characters (or use a PIN of 6 or more digits).</source>
        <translation>Una frase de contraseña necesita al menos 10 caracteres (o use un PIN de 6 o más dígitos).</translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 32 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de inicio de sesión tiene de 2 a 32 letras minúsculas, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Give the proctor&apos;s name (at most 100 characters).</source>
        <translation>Indique el nombre del supervisor (como máximo 100 caracteres).</translation>
    </message>
    <message>
        <source>Only a signed-in proctor can add another proctor.</source>
        <translation>Solo un supervisor con sesión iniciada puede agregar a otro supervisor.</translation>
    </message>
    <message>
        <source>A proctor named “%1” exists already.</source>
        <translation>Ya existe un supervisor llamado “%1”.</translation>
    </message>
    <message>
        <source>The name or the PIN is not right. Try again.</source>
        <translation>El nombre o el PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This proctor account is disabled. Another proctor or the center administrator can enable it.</source>
        <translation>Esta cuenta de supervisor está desactivada. Otro supervisor o el administrador del centro puede activarla.</translation>
    </message>
    <message>
        <source>A proctor cannot disable their own account; ask another proctor.</source>
        <translation>Un supervisor no puede desactivar su propia cuenta; pídaselo a otro supervisor.</translation>
    </message>
    <message>
        <source>“%1” is the last proctor who can sign in; add another before disabling this one.</source>
        <translation>“%1” es el último supervisor que puede iniciar sesión; agregue otro antes de desactivar este.</translation>
    </message>
    <message>
        <source>There is no proctor named “%1”.</source>
        <translation>No hay ningún supervisor llamado “%1”.</translation>
    </message>
    <message>
        <source>Proctor “%1” can sign in and authorize a new PIN: use proctor reset-pin %2 --by %1.</source>
        <translation>El supervisor “%1” puede iniciar sesión y autorizar un PIN nuevo: use proctor reset-pin %2 --by %1.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in %1 seconds; meanwhile another proctor can sign in, and a centre administrator ends the lock-out with examctl proctor reset-pin.</source>
        <translation>Demasiados intentos fallidos. Inténtelo de nuevo en %1 segundos; mientras tanto otro supervisor puede iniciar sesión, y un administrador del centro termina el bloqueo con examctl proctor reset-pin.</translation>
    </message>
    <message>
        <source>The PIN is not right, and this was attempt %1 in a row. Sign-in is locked for %2 seconds; meanwhile another proctor can sign in.</source>
        <translation>El PIN no es correcto, y este fue el intento %1 seguido. El inicio de sesión está bloqueado durante %2 segundos; mientras tanto otro supervisor puede iniciar sesión.</translation>
    </message>
    <message>
        <source>This station&apos;s PIN pepper (pin-pepper.key) is missing, so no PIN can be checked. Restore the data folder from its backup, or give each proctor a new PIN with examctl proctor recover.</source>
        <translation>Falta el secreto de los PIN de esta estación (pin-pepper.key), así que no se puede comprobar ningún PIN. Restaure la carpeta de datos desde su copia de seguridad, o dé a cada supervisor un PIN nuevo con examctl proctor recover.</translation>
    </message>
    <message>
        <source>This proctor has no PIN since the station&apos;s PIN pepper was lost. Another proctor gives a new one with examctl proctor reset-pin, or a centre administrator with examctl proctor recover.</source>
        <translation>Este supervisor no tiene PIN desde que se perdió el secreto de los PIN de la estación. Otro supervisor le da uno nuevo con examctl proctor reset-pin, o un administrador del centro con examctl proctor recover.</translation>
    </message>
</context>
<context>
    <name>exam::session::ReplicaJournal</name>
    <message>
        <source>A replica entry is not a JSON object.</source>
        <translation>Una entrada de la réplica no es un objeto JSON.</translation>
    </message>
    <message>
        <source>is not a session state</source>
        <translation>no es un estado de sesión de examen</translation>
    </message>
    <message>
        <source>The replica of session %1 holds an entry that cannot be read: %2</source>
        <translation>La réplica de la sesión de examen %1 contiene una entrada que no se puede leer: %2</translation>
    </message>
    <message>
        <source>The replica of session %1 begins with an entry that cannot be read: %2</source>
        <translation>La réplica de la sesión %1 comienza con una entrada que no se puede leer: %2</translation>
    </message>
    <message>
        <source>is not a language of the kiosk.</source>
        <translation>no es un idioma del quiosco.</translation>
    </message>
    <message>
        <source>must be %1 bytes in lowercase hex.</source>
        <translation>debe tener %1 bytes en hexadecimal en minúsculas.</translation>
    </message>
    <message>
        <source>There is no session %1 on this station.</source>
        <translation>No hay ninguna sesión %1 en esta estación.</translation>
    </message>
    <message>
        <source>must be an order of the item&apos;s options.</source>
        <translation>debe ser un orden de las opciones de la pregunta.</translation>
    </message>
    <message>
        <source>The replica is empty: the session never began.</source>
        <translation>La réplica está vacía: la sesión nunca comenzó.</translation>
    </message>
    <message>
        <source>The replica&apos;s entry %1 does not link to the one before it: the replica was changed, or entries are missing.</source>
        <translation>La entrada %1 de la réplica no se enlaza con la anterior: la réplica se modificó o faltan entradas.</translation>
    </message>
    <message>
        <source>The replica does not begin with the session&apos;s set-up.</source>
        <translation>La réplica no comienza con la preparación de la sesión.</translation>
    </message>
    <message>
        <source>The replica&apos;s entry %1 does not fit its session.</source>
        <translation>La entrada %1 de la réplica no corresponde a su sesión.</translation>
    </message>
    <message>
        <source>The replica&apos;s entry %1 names an item or option the form does not have.</source>
        <translation>La entrada %1 de la réplica menciona una pregunta u opción que la versión del examen no tiene.</translation>
    </message>
    <message>
        <source>names an option the item does not have.</source>
        <translation>menciona una opción que la pregunta no tiene.</translation>
    </message>
    <message>
        <source>The sitting has %1 responses for a form of %2 items.</source>
        <translation>La sesión de examen tiene %1 respuestas para una versión del examen de %2 preguntas.</translation>
    </message>
    <message>
        <source>The sitting&apos;s last step does not belong to its session.</source>
        <translation>El último paso de la sesión de examen no pertenece a su sesión.</translation>
    </message>
</context>
<context>
    <name>exam::session::SessionEngine</name>
    <message>
        <source>There is no session %1 on this station.</source>
        <translation>No hay ninguna sesión %1 en esta estación.</translation>
    </message>
    <message>
        <source>Session %1 has an unknown state “%2”.</source>
        <translation>La sesión %1 tiene un estado desconocido, “%2”.</translation>
    </message>
    <message>
        <source>This could not be saved: %1 Nothing saved before is lost. Please call the proctor.</source>
        <translation>No se pudo guardar: %1 No se pierde nada de lo guardado antes. Llame al supervisor.</translation>
    </message>
    <message>
        <source>The time for this module is up; your answers were saved.</source>
        <translation>Se acabó el tiempo de este módulo; sus respuestas se guardaron.</translation>
    </message>
    <message>
        <source>The session was interrupted. Please call the proctor to resume it.</source>
        <translation>La sesión se interrumpió. Llame al supervisor para reanudarla.</translation>
    </message>
    <message>
        <source>The session is paused by the proctor.</source>
        <translation>El supervisor pausó la sesión.</translation>
    </message>
    <message>
        <source>The session is not in progress.</source>
        <translation>La sesión no está en curso.</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>No existe la pregunta %1.</translation>
    </message>
    <message>
        <source>The session has already been started.</source>
        <translation>La sesión ya comenzó.</translation>
    </message>
    <message>
        <source>There is no such option.</source>
        <translation>No existe esa opción.</translation>
    </message>
    <message>
        <source>Only a session that has not started yet can be started.</source>
        <translation>Solo se puede comenzar una sesión que todavía no ha comenzado.</translation>
    </message>
    <message>
        <source>Only a running session can be paused.</source>
        <translation>Solo se puede pausar una sesión en curso.</translation>
    </message>
    <message>
        <source>The session has ended; its time can no longer be extended.</source>
        <translation>La sesión terminó; ya no se puede extender su tiempo.</translation>
    </message>
    <message>
        <source>The session is untimed.</source>
        <translation>La sesión no tiene límite de tiempo.</translation>
    </message>
    <message>
        <source>An extension is 1 to 240 minutes.</source>
        <translation>Una extensión es de 1 a 240 minutos.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La sesión ya terminó.</translation>
    </message>
    <message>
        <source>Give the reason for voiding the session.</source>
        <translation>Indique el motivo para anular la sesión.</translation>
    </message>
    <message>
        <source>You are on a break and the clock is stopped. Go back to the exam first.</source>
        <translation>Usted está en un descanso y el reloj está detenido. Vuelva primero al examen.</translation>
    </message>
    <message>
        <source>Breaks that stop the clock are not among your accommodations. Please call the proctor if you need a break.</source>
        <translation>Los descansos que detienen el reloj no están entre sus adaptaciones. Si necesita un descanso, llame al supervisor.</translation>
    </message>
    <message>
        <source>You are not on a break.</source>
        <translation>Usted no está en un descanso.</translation>
    </message>
    <message>
        <source>The candidate is on a break and the clock is stopped; resume ends the break.</source>
        <translation>El candidato está en un descanso y el reloj está detenido; reanudar termina el descanso.</translation>
    </message>
    <message>
        <source>Only a paused or interrupted session, or a candidate&apos;s break, can be resumed.</source>
        <translation>Solo se puede reanudar una sesión en pausa o interrumpida, o el descanso de un candidato.</translation>
    </message>
</context>
<context>
    <name>exam::session::SessionTransfer</name>
    <message>
        <source>The session had already ended on station %1; its result is that station&apos;s to send.</source>
        <translation>La sesión ya había terminado en la estación %1; es esa estación la que debe enviar su resultado.</translation>
    </message>
    <message>
        <source>This station is in the middle of another sitting. Choose a spare station that shows &quot;ready&quot;.</source>
        <translation>Esta estación está en medio de otra sesión de examen. Elija una estación de reserva que muestre &quot;Lista para un candidato&quot;.</translation>
    </message>
    <message>
        <source>This station does not have the module&apos;s bank %1 in the version the session began with. Install the same bank here, or choose another spare station.</source>
        <translation>Esta estación no tiene el banco %1 del módulo en la versión con la que comenzó la sesión. Instale el mismo banco aquí o elija otra estación de reserva.</translation>
    </message>
    <message>
        <source>This station already took that session over (its session %1).</source>
        <translation>Esta estación ya continuó esa sesión (su sesión %1).</translation>
    </message>
    <message>
        <source>There is no session %1 on this station.</source>
        <translation>No hay ninguna sesión %1 en esta estación.</translation>
    </message>
    <message>
        <source>Session %1 had already ended here; its result is this station&apos;s.</source>
        <translation>La sesión %1 ya había terminado aquí; su resultado es de esta estación.</translation>
    </message>
    <message>
        <source>the sitting went on at station %1</source>
        <translation>la sesión de examen continuó en la estación %1</translation>
    </message>
    <message>
        <source>The session is this station&apos;s own: it cannot go on here as a move.</source>
        <translation>La sesión es de esta misma estación: no puede continuar aquí como traslado.</translation>
    </message>
</context>
<context>
    <name>exam::session::Sittings</name>
    <message>
        <source>Enter the candidate&apos;s id and name as on their photo ID.</source>
        <translation>Escriba el identificador y el nombre del candidato como aparecen en su identificación con foto.</translation>
    </message>
    <message>
        <source>Choose at least one module for the sitting.</source>
        <translation>Elija al menos un módulo para el turno.</translation>
    </message>
    <message>
        <source>Extended time is 1.25, 1.5 or 2 times the limit, or untimed.</source>
        <translation>El tiempo extendido es 1.25, 1.5 o 2 veces el límite, o sin límite de tiempo.</translation>
    </message>
    <message>
        <source>The text size is between 100 % and 300 %.</source>
        <translation>El tamaño del texto está entre 100 % y 300 %.</translation>
    </message>
    <message>
        <source>There is no colour scheme &quot;%1&quot;.</source>
        <translation>No existe el esquema de colores &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no interface language &quot;%1&quot;.</source>
        <translation>No existe el idioma de interfaz &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The accommodation note is at most %1 characters.</source>
        <translation>La nota de adaptación tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no sitting %1.</source>
        <translation>No existe el turno %1.</translation>
    </message>
    <message>
        <source>A module of this sitting is still running; end or void it first.</source>
        <translation>Un módulo de este turno todavía está en curso; termínelo o anúlelo primero.</translation>
    </message>
    <message>
        <source>There is no session %1 on this station.</source>
        <translation>No hay ninguna sesión %1 en esta estación.</translation>
    </message>
    <message>
        <source>That display cannot be kept: a colour scheme of the kiosk and a text size of 100 to 300 %.</source>
        <translation>Esa presentación no se puede conservar: debe ser una combinación de colores del quiosco y un tamaño de texto del 100 al 300 %.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>exam::storage::Database</name>
    <message>
        <source>open</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging on this disk. Put the data folder on a local disk.</source>
        <translation>La base de datos %1 no puede usar el registro de escritura anticipada en este disco. Ponga la carpeta de datos en un disco local.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (data format %2; this version understands up to %3). It was not changed. Install the newer version, or use a different data folder.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de este programa (formato de datos %2; esta versión entiende hasta el %3). No se modificó. Instale la versión más reciente o use otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Updating the database %1 to data format %2 failed, and it was left at format %3: %4</source>
        <translation>Falló la actualización de la base de datos %1 al formato de datos %2, y quedó en el formato %3: %4</translation>
    </message>
    <message>
        <source>simulated fault</source>
        <translation>falla simulada</translation>
    </message>
    <message>
        <source>The disk that holds %1 reported a read or write error (%2, during %3); what was saved before is safe. Check the disk, then continue.</source>
        <translation>El disco que contiene %1 informó un error de lectura o escritura (%2, durante %3); lo guardado antes está seguro. Revise el disco y continúe.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database of this program (%2). Restore it from a backup or move it aside.</source>
        <translation>El archivo %1 está dañado o no es una base de datos de este programa (%2). Restáurelo desde una copia de seguridad o muévalo a otro lugar.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing (%2). Check that the folder exists and that this user may write to it.</source>
        <translation>No se puede abrir la base de datos %1 para escritura (%2). Compruebe que la carpeta exista y que este usuario pueda escribir en ella.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (%2). Close it and try again.</source>
        <translation>Otro programa está usando la base de datos %1 (%2). Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database %1 reported an error during %2: %3</source>
        <translation>La base de datos %1 informó un error durante %2: %3</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>una instrucción</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>la preparación de una instrucción</translation>
    </message>
    <message>
        <source>binding a value</source>
        <translation>la asignación de un valor</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transacción ya había terminado.</translation>
    </message>
</context>
<context>
    <name>exam::ui::AlertBanner</name>
    <message>
        <source>No alerts.</source>
        <translation>No hay alertas.</translation>
    </message>
    <message>
        <source>Alert %1: %2</source>
        <translation>Alerta %1: %2</translation>
    </message>
    <message>
        <source>Last alert %1: %2</source>
        <translation>Última alerta %1: %2</translation>
    </message>
</context>
<context>
    <name>exam::ui::AlertList</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation>Alertas, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>exam::ui::BreakScreen</name>
    <message>
        <source>You are on a break</source>
        <translation>Usted está en un descanso</translation>
    </message>
    <message>
        <source>The clock is stopped and your answers are saved. The questions are hidden until you go back. If you need anything, raise your hand.</source>
        <translation>El reloj está detenido y sus respuestas están guardadas. Las preguntas quedan ocultas hasta que usted vuelva. Si necesita algo, levante la mano.</translation>
    </message>
    <message>
        <source>Back to the exam</source>
        <translation>Volver al examen</translation>
    </message>
    <message>
        <source>Ends the break: the questions come back and the clock runs again.</source>
        <translation>Termina el descanso: las preguntas vuelven y el reloj sigue corriendo.</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Tiempo de descanso</translation>
    </message>
    <message>
        <source>Break: %1 min %2 s</source>
        <translation>Descanso: %1 min %2 s</translation>
    </message>
    <message>
        <source>Time left for the module when you go back: %1</source>
        <translation>Tiempo restante del módulo al volver: %1</translation>
    </message>
    <message>
        <source>This module has no time limit.</source>
        <translation>Este módulo no tiene límite de tiempo.</translation>
    </message>
</context>
<context>
    <name>exam::ui::Calculator</name>
    <message>
        <source>Cannot divide by zero</source>
        <translation>No se puede dividir entre cero</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
</context>
<context>
    <name>exam::ui::CalculatorPanel</name>
    <message>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <source>Type digits and + - * / then Enter, or use the keys.</source>
        <translation>Escriba dígitos y + - * / y luego Enter, o use las teclas.</translation>
    </message>
    <message>
        <source>Calculator display</source>
        <translation>Pantalla de la calculadora</translation>
    </message>
    <message>
        <source>divide</source>
        <translation>dividir</translation>
    </message>
    <message>
        <source>times</source>
        <translation>por</translation>
    </message>
    <message>
        <source>minus</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
    <message>
        <source>change sign</source>
        <translation>cambiar signo</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>más</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>delete last digit</source>
        <translation>borrar el último dígito</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>exam::ui::CandidateFlow</name>
    <message>
        <source>The candidate says the name or module shown is not theirs.</source>
        <translation>El candidato dice que el nombre o el módulo que se muestra no es el suyo.</translation>
    </message>
    <message>
        <source>Proctor: start the module</source>
        <translation>Supervisor: comenzar el módulo</translation>
    </message>
    <message>
        <source>Proctor: resume</source>
        <translation>Supervisor: reanudar</translation>
    </message>
    <message>
        <source>Proctor: go on to the next module</source>
        <translation>Supervisor: pasar al siguiente módulo</translation>
    </message>
    <message>
        <source>Proctor: end the sitting</source>
        <translation>Supervisor: terminar el turno</translation>
    </message>
    <message>
        <source>Proctor: leave kiosk mode</source>
        <translation>Supervisor: salir del modo quiosco</translation>
    </message>
    <message>
        <source>Please call your proctor</source>
        <translation>Llame a su supervisor</translation>
    </message>
    <message>
        <source>Raise your hand or call the proctor, who will check the details with you. Nothing has started yet.</source>
        <translation>Levante la mano o llame al supervisor, que revisará los datos con usted. Todavía no ha comenzado nada.</translation>
    </message>
    <message>
        <source>Storage problem: please call the proctor</source>
        <translation>Problema al guardar: llame al supervisor</translation>
    </message>
    <message>
        <source>The station could not save your last action. Everything you saved before is safe. This screen goes away by itself as soon as saving works again.</source>
        <translation>La estación no pudo guardar su última acción. Todo lo que guardó antes está seguro. Esta pantalla desaparece sola en cuanto se pueda guardar de nuevo.</translation>
    </message>
    <message>
        <source>You are ready</source>
        <translation>Todo está listo</translation>
    </message>
    <message>
        <source>Your proctor will now start the module. The clock starts then.</source>
        <translation>Su supervisor comenzará ahora el módulo. El reloj empieza en ese momento.</translation>
    </message>
    <message>
        <source>Paused by the proctor</source>
        <translation>En pausa por el supervisor</translation>
    </message>
    <message>
        <source>Your answers are saved and the clock is stopped. The module goes on when the proctor resumes it.</source>
        <translation>Sus respuestas están guardadas y el reloj está detenido. El módulo continúa cuando el supervisor lo reanude.</translation>
    </message>
    <message>
        <source>Session interrupted: proctor required</source>
        <translation>Sesión interrumpida: se necesita al supervisor</translation>
    </message>
    <message>
        <source>The station stopped unexpectedly. Your answers are saved, and the time lost is not counted. Please call the proctor to continue.</source>
        <translation>La estación se detuvo de forma inesperada. Sus respuestas están guardadas y el tiempo perdido no se cuenta. Llame al supervisor para continuar.</translation>
    </message>
    <message>
        <source>This module was ended by the proctor</source>
        <translation>El supervisor terminó este módulo</translation>
    </message>
    <message>
        <source>Please stay seated; the proctor will tell you what happens next.</source>
        <translation>Permanezca en su lugar; el supervisor le dirá qué sigue.</translation>
    </message>
    <message>
        <source>You have finished. Thank you. Please stay seated until the proctor comes to you.</source>
        <translation>Ha terminado. Gracias. Permanezca en su lugar hasta que el supervisor se acerque.</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Hora del descanso</translation>
    </message>
    <message>
        <source>This module is finished. Next: %1. Your proctor starts it after the break.</source>
        <translation>Este módulo terminó. Sigue: %1. Su supervisor lo comenzará después del descanso.</translation>
    </message>
    <message>
        <source>Your answers are submitted</source>
        <translation>Sus respuestas se entregaron</translation>
    </message>
    <message>
        <source>Please call your proctor.</source>
        <translation>Llame a su supervisor.</translation>
    </message>
    <message>
        <source>They are saved and will be scored. The score report cannot be shown here (%1). Please call your proctor.</source>
        <translation>Están guardadas y se calificarán. El informe de resultados no se puede mostrar aquí (%1). Llame a su supervisor.</translation>
    </message>
    <message>
        <source>1 minute left. Your answers are saved; at zero the module ends.</source>
        <translation>Queda 1 minuto. Sus respuestas están guardadas; al llegar a cero, el módulo termina.</translation>
    </message>
    <message>
        <source>%1 minutes left.</source>
        <translation>Quedan %1 minutos.</translation>
    </message>
    <message>
        <source>Your module goes on at this station</source>
        <translation>Su módulo continúa en esta estación</translation>
    </message>
    <message>
        <source>The station you were on stopped working. Please check that this is you: %1, candidate ID %2. If it is not, tell the proctor.

Your answers so far are here and the clock is stopped. The proctor resumes the module when you are ready.</source>
        <translation>La estación en la que estaba dejó de funcionar. Compruebe que estos son sus datos: %1, ID del candidato %2. Si no lo son, avise al supervisor del examen.

Sus respuestas hasta ahora están aquí y el reloj está detenido. El supervisor del examen reanudará el módulo cuando usted esté listo.</translation>
    </message>
</context>
<context>
    <name>exam::ui::ColourScheme</name>
    <message>
        <source>Standard colours</source>
        <translation>Colores estándar</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Negro sobre blanco</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Blanco sobre negro</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Amarillo sobre negro</translation>
    </message>
</context>
<context>
    <name>exam::ui::DisplayPanel</name>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Leer más lento</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Leer más rápido</translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation>Ajustes de pantalla</translation>
    </message>
    <message>
        <source>Key: Ctrl+Minus.</source>
        <translation>Tecla: Ctrl+Minus.</translation>
    </message>
    <message>
        <source>Key: Ctrl+Plus.</source>
        <translation>Tecla: Ctrl+Plus.</translation>
    </message>
    <message>
        <source>Text size: %1 % (the largest)</source>
        <translation>Tamaño del texto: %1 % (el más grande)</translation>
    </message>
    <message>
        <source>Text size: %1 % (the smallest)</source>
        <translation>Tamaño del texto: %1 % (el más pequeño)</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
</context>
<context>
    <name>exam::ui::ItemControls</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Shows or hides the tools (clear answer, calculator, display, read aloud, line reader) in a row of their own.</source>
        <translation>Muestra u oculta las herramientas (borrar respuesta, calculadora, pantalla, leer en voz alta, guía de lectura) en una fila propia.</translation>
    </message>
</context>
<context>
    <name>exam::ui::ItemScreen</name>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Review all items</source>
        <translation>Revisar todas</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Line reader</source>
        <translation>Guía de lectura</translation>
    </message>
    <message>
        <source>Shows or hides the calculator beside the item.</source>
        <translation>Muestra u oculta la calculadora junto a la pregunta.</translation>
    </message>
    <message>
        <source>Shows or hides text size and colour settings. Keys anywhere: Ctrl+Plus, Ctrl+Minus, Ctrl+0.</source>
        <translation>Muestra u oculta los ajustes de tamaño del texto y de colores. Teclas en cualquier lugar: Ctrl+Plus, Ctrl+Minus, Ctrl+0.</translation>
    </message>
    <message>
        <source>Reads the question and its options out loud; again stops. Key: S.</source>
        <translation>Lee en voz alta la pregunta y sus opciones; presionar de nuevo detiene la lectura. Tecla: S.</translation>
    </message>
    <message>
        <source>Marks this item so you can find it again on the review screen. Key: F.</source>
        <translation>Marca esta pregunta para encontrarla de nuevo en la pantalla de revisión. Tecla: F.</translation>
    </message>
    <message>
        <source>Key: P.</source>
        <translation>Tecla: P.</translation>
    </message>
    <message>
        <source>Key: N.</source>
        <translation>Tecla: N.</translation>
    </message>
    <message>
        <source>Shows all items, answered, unanswered and flagged. Key: R.</source>
        <translation>Muestra todas las preguntas: respondidas, sin responder y marcadas. Tecla: R.</translation>
    </message>
    <message>
        <source>Removes your answer to this item. Key: Delete.</source>
        <translation>Borra su respuesta a esta pregunta. Tecla: Delete.</translation>
    </message>
    <message>
        <source>Shows a band to read the item through; it follows the mouse, Alt+Up and Alt+Down move it. Key: L.</source>
        <translation>Muestra una franja para leer la pregunta; sigue al mouse, y Alt+Up y Alt+Down la mueven. Tecla: L.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Detener la lectura</translation>
    </message>
    <message>
        <source>Flagged for review ✓</source>
        <translation>Marcada para revisar ✓</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Respondidas: %1 de %2</translation>
    </message>
    <message>
        <source>Go to review</source>
        <translation>Ir a la revisión</translation>
    </message>
    <message>
        <source>Stops the clock and hides the questions until you come back. Your answers are saved.</source>
        <translation>Detiene el reloj y oculta las preguntas hasta que usted vuelva. Sus respuestas quedan guardadas.</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>the candidate takes a break that stops the clock</comment>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Item %1 of %2.</source>
        <translation>Pregunta %1 de %2.</translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>Respondida: %1.</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sin responder.</translation>
    </message>
    <message>
        <source>Flagged for review.</source>
        <translation>Marcada para revisar.</translation>
    </message>
    <message>
        <source>Option %1 struck out.</source>
        <translation>Opción %1 tachada.</translation>
    </message>
    <message>
        <source>Option %1 back in.</source>
        <translation>Opción %1 sin tachar.</translation>
    </message>
    <message>
        <source>Answer cleared. Not answered.</source>
        <translation>Respuesta borrada. Sin responder.</translation>
    </message>
    <message>
        <source>Flag removed.</source>
        <translation>Marca quitada.</translation>
    </message>
</context>
<context>
    <name>exam::ui::KioskWindow</name>
    <message>
        <source>Exam kiosk</source>
        <translation>Quiosco de examen</translation>
    </message>
    <message>
        <source>%1 — Exam kiosk</source>
        <translation>%1 — Quiosco de examen</translation>
    </message>
</context>
<context>
    <name>exam::ui::MoveSittingDialog</name>
    <message>
        <source>The sitting of %1 on %2, which stopped answering.</source>
        <translation>La sesión de examen de %1 en %2, que dejó de responder.</translation>
    </message>
    <message>
        <source>Spare station</source>
        <translation>Estación de reserva</translation>
    </message>
    <message>
        <source>Stations that show Ready. The spare needs the same module installed.</source>
        <translation>Estaciones que muestran &quot;Lista para un candidato&quot;. La estación de reserva necesita el mismo módulo instalado.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Goes into both stations&apos; audit logs.</source>
        <translation>Se anota en el registro de auditoría de ambas estaciones.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No station shows Ready. Start a spare station with the same module installed, wait until its tile shows Ready, then try again.</source>
        <translation>Ninguna estación muestra &quot;Lista para un candidato&quot;. Encienda una estación de reserva con el mismo módulo instalado, espere a que su recuadro lo muestre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose the spare station.</source>
        <translation>Elija la estación de reserva.</translation>
    </message>
    <message>
        <source>Give a reason: it goes into both stations&apos; audit logs.</source>
        <translation>Indique un motivo: se anota en el registro de auditoría de ambas estaciones.</translation>
    </message>
</context>
<context>
    <name>exam::ui::OptionButton</name>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Option %1: %2 (struck out)</source>
        <translation>Opción %1: %2 (tachada)</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <source>Right-click or Shift+%1 strikes it out or back in.</source>
        <translation>Clic derecho o Shift+%1 la tacha o la restaura.</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
</context>
<context>
    <name>exam::ui::PairingRequestDialog</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>A station asks to join</source>
        <translation>Una estación pide unirse</translation>
    </message>
    <message>
        <source>Station %1 asks to join this room.</source>
        <translation>La estación %1 pide unirse a esta sala.</translation>
    </message>
    <message>
        <source>Check that the station shows this code:</source>
        <translation>Compruebe que la estación muestre este código:</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>Reject the request if the codes differ or you do not expect this station.</source>
        <translation>Rechace la solicitud si los códigos no coinciden o si no espera esta estación.</translation>
    </message>
    <message>
        <source>Accept station %1</source>
        <translation>Aceptar la estación %1</translation>
    </message>
    <message>
        <source>Reject station %1</source>
        <translation>Rechazar la estación %1</translation>
    </message>
</context>
<context>
    <name>exam::ui::PracticeScreen</name>
    <message>
        <source>Choose an answer: click an option, or press its letter (A, B, C…) or its number (1, 2, 3…).</source>
        <translation>Elija una respuesta: haga clic en una opción, o presione su letra (A, B, C…) o su número (1, 2, 3…).</translation>
    </message>
    <message>
        <source>Change your answer: choose another option. Your last choice is the one that counts.</source>
        <translation>Cambie su respuesta: elija otra opción. Su última elección es la que cuenta.</translation>
    </message>
    <message>
        <source>Flag an item to look at it again later: press &quot;Flag for review&quot; or F.</source>
        <translation>Marque una pregunta para verla de nuevo más tarde: presione &quot;Marcar para revisar&quot; o F.</translation>
    </message>
    <message>
        <source>&quot;Review all items&quot; (or R) shows every item as answered, not answered or flagged; open any item from there. N and P move to the next and previous item.</source>
        <translation>&quot;Revisar todas&quot; (o R) muestra cada pregunta como respondida, sin responder o marcada; abra cualquier pregunta desde ahí. N y P pasan a la pregunta siguiente y a la anterior.</translation>
    </message>
    <message>
        <source>The time left is shown at the top and can be hidden. Warnings appear when 15, 5 and 1 minutes are left; at zero the module ends with the answers given.</source>
        <translation>El tiempo restante se muestra arriba y se puede ocultar. Aparecen avisos cuando quedan 15, 5 y 1 minutos; al llegar a cero, el módulo termina con las respuestas dadas.</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <source>I am ready to start</source>
        <translation>Ya puedo comenzar</translation>
    </message>
    <message>
        <source>How the exam works</source>
        <translation>Cómo funciona el examen</translation>
    </message>
    <message>
        <source>Every answer is saved the moment you give it. Try it on this practice item; it is not scored.</source>
        <translation>Cada respuesta se guarda en cuanto la da. Pruébelo con esta pregunta de práctica; no se califica.</translation>
    </message>
    <message>
        <source>Practice item: which of these is a unit of length?</source>
        <translation>Pregunta de práctica: ¿cuál de estas es una unidad de longitud?</translation>
    </message>
    <message>
        <source>Kilogram</source>
        <translation>Kilogramo</translation>
    </message>
    <message>
        <source>Metre</source>
        <translation>Metro</translation>
    </message>
    <message>
        <source>Litre</source>
        <translation>Litro</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <source>Tells the proctor you are ready. The proctor starts the clock.</source>
        <translation>Avisa al supervisor que ya puede comenzar. El supervisor pone en marcha el reloj.</translation>
    </message>
    <message>
        <source>✓ Done: %1</source>
        <translation>✓ Hecho: %1</translation>
    </message>
    <message>
        <source>Flagged for review ✓</source>
        <translation>Marcada para revisar ✓</translation>
    </message>
    <message>
        <source>&quot;Break&quot;, next to the time, stops the clock and hides the questions until you choose &quot;Back to the exam&quot;.</source>
        <translation>&quot;Descanso&quot;, junto al tiempo, detiene el reloj y oculta las preguntas hasta que usted elija &quot;Volver al examen&quot;.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Flagged for review.</source>
        <translation>Marcada para revisar.</translation>
    </message>
    <message>
        <source>Flag removed.</source>
        <translation>Marca quitada.</translation>
    </message>
</context>
<context>
    <name>exam::ui::ProctorPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Extend the time</source>
        <translation>Extender el tiempo</translation>
    </message>
    <message>
        <source>Void the module</source>
        <translation>Anular el módulo</translation>
    </message>
    <message>
        <source>End the sitting</source>
        <translation>Terminar el turno</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Upload results now</source>
        <translation>Enviar resultados ahora</translation>
    </message>
    <message>
        <source>Export results to a USB drive</source>
        <translation>Exportar resultados a una memoria USB</translation>
    </message>
    <message>
        <source>Back to the candidate</source>
        <translation>Volver al candidato</translation>
    </message>
    <message>
        <source>Proctor panel</source>
        <translation>Panel del supervisor</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Writes the waiting results, encrypted for the registry, to the one USB drive plugged in.</source>
        <translation>Escribe los resultados en espera, cifrados para el registro, en la única memoria USB conectada.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Needed for pause, resume and void; kept in the audit log</source>
        <translation>Necesario para pausar, reanudar y anular; se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to add</source>
        <translation>Minutos que agregar</translation>
    </message>
    <message>
        <source>Ends the module without a score. Needs a reason.</source>
        <translation>Termina el módulo sin calificación. Necesita un motivo.</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Extender</translation>
    </message>
    <message>
        <source>Enter the reason first: it is kept in the audit log and sent with the result.</source>
        <translation>Escriba primero el motivo: se guarda en el registro de auditoría y se envía con el resultado.</translation>
    </message>
    <message>
        <source>%1, %2: %3. %4 of %5 items answered.</source>
        <translation>%1, %2: %3. %4 de %5 preguntas respondidas.</translation>
    </message>
    <message>
        <source>No module is open.</source>
        <translation>No hay ningún módulo abierto.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <translation>Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>Void the running module first, with a reason.</source>
        <translation>Anule primero el módulo en curso, con un motivo.</translation>
    </message>
    <message>
        <source>Type the minutes, or change them with the Up and Down keys.</source>
        <translation>Escriba los minutos o cámbielos con las teclas de flecha arriba y abajo.</translation>
    </message>
</context>
<context>
    <name>exam::ui::ProctorSignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Proctor sign-in</source>
        <translation>Inicio de sesión del supervisor</translation>
    </message>
    <message>
        <source>Proctor login</source>
        <translation>Usuario del supervisor</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>exam::ui::ReadAloud</name>
    <message>
        <source>Read-aloud is not available on this station. Ask your proctor.</source>
        <translation>La lectura en voz alta no está disponible en esta estación. Consulte a su supervisor.</translation>
    </message>
    <message>
        <source>Reading speed: slowest</source>
        <translation>Velocidad de lectura: la más lenta</translation>
    </message>
    <message>
        <source>Reading speed: slower</source>
        <translation>Velocidad de lectura: más lenta</translation>
    </message>
    <message>
        <source>Reading speed: faster</source>
        <translation>Velocidad de lectura: más rápida</translation>
    </message>
    <message>
        <source>Reading speed: fastest</source>
        <translation>Velocidad de lectura: la más rápida</translation>
    </message>
    <message>
        <source>Reading speed: normal</source>
        <translation>Velocidad de lectura: normal</translation>
    </message>
</context>
<context>
    <name>exam::ui::ReviewScreen</name>
    <message>
        <source>Review your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Back to the item</source>
        <translation>Volver a la pregunta</translation>
    </message>
    <message>
        <source>Submit the module…</source>
        <translation>Entregar el módulo…</translation>
    </message>
    <message>
        <source>Asks you to confirm before anything is submitted.</source>
        <translation>Le pide confirmar antes de entregar nada.</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 not answered, %4 flagged for review. Choose an item to open it.</source>
        <translation>%1 de %2 respondidas, %3 sin responder, %4 marcadas para revisar. Elija una pregunta para abrirla.</translation>
    </message>
    <message>
        <source>Back to item %1</source>
        <translation>Volver a la pregunta %1</translation>
    </message>
</context>
<context>
    <name>exam::ui::ReviewTile</name>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1, flagged</source>
        <translation>%1, marcada</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message>
        <source>Opens the item.</source>
        <translation>Abre la pregunta.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ Marcada</translation>
    </message>
</context>
<context>
    <name>exam::ui::RoomActionDialog</name>
    <message>
        <source>To %1.</source>
        <translation>Se envía a %1.</translation>
    </message>
    <message numerus="yes">
        <source>To %n stations: %1.</source>
        <translation>
            <numerusform>Se envía a %n estación: %1.</numerusform>
            <numerusform>Se envía a %n estaciones: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The module&apos;s clock starts on each station.</source>
        <translation>El reloj del módulo se pone en marcha en cada estación.</translation>
    </message>
    <message>
        <source>The clock stops and the candidate sees that a proctor paused the module.</source>
        <translation>El reloj se detiene y el candidato ve que un supervisor pausó el módulo.</translation>
    </message>
    <message>
        <source>The clock runs again.</source>
        <translation>El reloj vuelve a correr.</translation>
    </message>
    <message>
        <source>The minutes are added to the time left in the module under way.</source>
        <translation>Los minutos se suman al tiempo restante del módulo en curso.</translation>
    </message>
    <message>
        <source>The module under way ends and is not scored. This cannot be undone.</source>
        <translation>El módulo en curso termina y no se califica. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>The module under way is voided and the sitting is closed. This cannot be undone.</source>
        <translation>El módulo en curso se anula y la sesión de examen se cierra. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>The text is shown on the candidate&apos;s screen.</source>
        <translation>El texto se muestra en la pantalla del candidato.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Goes into the station&apos;s audit log and the result.</source>
        <translation>Se anota en el registro de auditoría de la estación y en el resultado.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to add</source>
        <translation>Minutos que agregar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Shown on the candidate&apos;s screen, at most %1 characters.</source>
        <translation>Se muestra en la pantalla del candidato; %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The spare station goes on with the sitting from the last answer the console received, with the time left as it was. The candidate confirms who they are, then a proctor resumes.</source>
        <translation>La estación de reserva continúa la sesión de examen desde la última respuesta que recibió la consola, con el tiempo restante que había. El candidato confirma su identidad y luego un supervisor reanuda.</translation>
    </message>
    <message>
        <source>The station closes the sitting and records nothing more for it.</source>
        <translation>La estación cierra la sesión de examen y ya no registra nada de ella.</translation>
    </message>
</context>
<context>
    <name>exam::ui::RoomView</name>
    <message>
        <source>Remove station…</source>
        <translation>Quitar estación…</translation>
    </message>
    <message>
        <source>Remove station</source>
        <translation>Quitar estación</translation>
    </message>
    <message>
        <source>Add stations…</source>
        <translation>Agregar estaciones…</translation>
    </message>
    <message>
        <source>Add stations</source>
        <translation>Agregar estaciones</translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation>Alertas, las más recientes primero</translation>
    </message>
    <message>
        <source>Stations, those that need you first</source>
        <translation>Estaciones, primero las que le necesitan</translation>
    </message>
    <message>
        <source>%1 — room console</source>
        <translation>%1 — consola de la sala</translation>
    </message>
    <message>
        <source>No proctor signed in</source>
        <translation>Ningún supervisor con sesión iniciada</translation>
    </message>
    <message>
        <source>Proctor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Cerrar la sesión de %1</translation>
    </message>
    <message>
        <source>Sign in to act on stations.</source>
        <translation>Inicie sesión para actuar sobre las estaciones.</translation>
    </message>
    <message>
        <source>No station selected. Click a station or press Space on it.</source>
        <translation>No hay ninguna estación seleccionada. Haga clic en una estación o pulse Space sobre ella.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>%1 seleccionada.</translation>
    </message>
    <message>
        <source>%1 stations selected.</source>
        <translation>%1 estaciones seleccionadas.</translation>
    </message>
    <message>
        <source>Remove %1 from this room? It must be paired again to come back.</source>
        <translation>¿Quitar %1 de esta sala? Tendrá que vincularse de nuevo para volver.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>For a station that stopped answering: its sitting goes on at a spare.</source>
        <translation>Para una estación que dejó de responder: su sesión de examen continúa en una estación de reserva.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>exam::ui::ScoreReportPdf</name>
    <message>
        <source>%1, %2: score report</source>
        <translation>%1, %2: informe de resultados</translation>
    </message>
    <message>
        <source>Cannot write the score report to %1: %2. Choose another folder.</source>
        <translation>No se puede escribir el informe de resultados en %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The score report could not be saved to %1: %2. Free some space or choose another folder; the result itself is safe in the station&apos;s records.</source>
        <translation>No se pudo guardar el informe de resultados en %1: %2. Libere espacio o elija otra carpeta; el resultado en sí está seguro en los registros de la estación.</translation>
    </message>
</context>
<context>
    <name>exam::ui::ScoreReportText</name>
    <message>
        <source>Score report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <source>%1, candidate ID %2</source>
        <translation>%1, ID de candidato %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Taken on %1</source>
        <translation>Presentado el %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>APROBADO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NO APROBADO</translation>
    </message>
    <message>
        <source>%1 of %2 scored questions right. Pass mark: %3 %.</source>
        <translation>%1 de %2 preguntas calificadas correctas. Calificación mínima: %3 %.</translation>
    </message>
    <message>
        <source>The time ran out; the answers given were submitted automatically.</source>
        <translation>Se acabó el tiempo; las respuestas dadas se entregaron automáticamente.</translation>
    </message>
    <message>
        <source>Scores by topic</source>
        <translation>Calificaciones por tema</translation>
    </message>
    <message>
        <source>Topics below the pass mark of %1 % are marked &quot;needs improvement&quot;. Topics with fewer than %2 questions are counted together under &quot;other topics&quot;.</source>
        <translation>Los temas por debajo de la calificación mínima de %1 % se marcan &quot;necesita mejorar&quot;. Los temas con menos de %2 preguntas se cuentan juntos en &quot;otros temas&quot;.</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Necesita mejorar</translation>
    </message>
    <message>
        <source>%1 %: %2 of %3 right</source>
        <translation>%1 %: %2 de %3 correctas</translation>
    </message>
    <message>
        <source>%1, needs improvement</source>
        <translation>%1, necesita mejorar</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>No credential completed yet at this station.</source>
        <translation>Todavía no se ha completado ninguna certificación en esta estación.</translation>
    </message>
    <message>
        <source>%1: earned with this module on %2</source>
        <translation>%1: obtenida con este módulo el %2</translation>
    </message>
    <message>
        <source>%1: earned on %2</source>
        <translation>%1: obtenida el %2</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válida hasta el %2</translation>
    </message>
    <message>
        <source>Ask the test centre when this module can be taken again.</source>
        <translation>Pregunte al centro de evaluación cuándo puede presentar este módulo de nuevo.</translation>
    </message>
    <message>
        <source>This module can be taken again from %1.</source>
        <translation>Este módulo se puede presentar de nuevo a partir del %1.</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Resultado %1</translation>
    </message>
    <message>
        <source>This report shows scores only; exam questions stay confidential.</source>
        <translation>Este informe muestra solo calificaciones; las preguntas del examen son confidenciales.</translation>
    </message>
</context>
<context>
    <name>exam::ui::ScoreReportView</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Closes the score report.</source>
        <translation>Cierra el informe de resultados.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: needs improvement</source>
        <translation>%1: necesita mejorar</translation>
    </message>
</context>
<context>
    <name>exam::ui::SittingSetupScreen</name>
    <message>
        <source>Photo ID checked</source>
        <translation>Identificación con foto revisada</translation>
    </message>
    <message>
        <source>Reason for setting it up anyway (logged and sent with the result)</source>
        <translation>Motivo para prepararlo de todos modos (se registra y se envía con el resultado)</translation>
    </message>
    <message>
        <source>Set up and hand over to the candidate</source>
        <translation>Preparar y entregar al candidato</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set up a sitting</source>
        <translation>Preparar un turno</translation>
    </message>
    <message>
        <source>Candidate ID</source>
        <translation>ID del candidato</translation>
    </message>
    <message>
        <source>Tick when you have checked the candidate&apos;s photo ID against this name.</source>
        <translation>Marque la casilla cuando haya comparado la identificación con foto del candidato con este nombre.</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Accommodation note</source>
        <translation>Nota de adaptación</translation>
    </message>
    <message>
        <source>Anything else arranged for the candidate, such as a reader or a separate room. Goes into the result record.</source>
        <translation>Cualquier otra medida para el candidato, como un lector o un salón aparte. Se incluye en el registro del resultado.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Standard time</source>
        <translation>Tiempo estándar</translation>
    </message>
    <message>
        <source>Extended time ×1.25</source>
        <translation>Tiempo extendido ×1.25</translation>
    </message>
    <message>
        <source>Extended time ×1.5</source>
        <translation>Tiempo extendido ×1.5</translation>
    </message>
    <message>
        <source>Extended time ×2</source>
        <translation>Tiempo extendido ×2</translation>
    </message>
    <message>
        <source>Untimed</source>
        <translation>Sin límite de tiempo</translation>
    </message>
    <message>
        <source>Name as on the photo ID</source>
        <translation>Nombre como en la identificación con foto</translation>
    </message>
    <message>
        <source>Modules, taken in this order</source>
        <translation>Módulos, en este orden</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: may be taken today.</source>
        <translation>%1: se puede presentar hoy.</translation>
    </message>
    <message>
        <source>%1: not today. %2</source>
        <translation>%1: hoy no. %2</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s ID and their name as it is on the photo ID.</source>
        <translation>Escriba el ID del candidato y su nombre como aparece en la identificación con foto.</translation>
    </message>
    <message>
        <source>Check the candidate&apos;s photo ID, then tick the box to say so.</source>
        <translation>Revise la identificación con foto del candidato y luego marque la casilla para indicarlo.</translation>
    </message>
    <message>
        <source>Choose at least one module.</source>
        <translation>Elija al menos un módulo.</translation>
    </message>
    <message>
        <source>A chosen module may not be taken today (see above). Remove it, or give the reason for setting it up anyway.</source>
        <translation>Un módulo elegido no se puede presentar hoy (vea arriba). Quítelo o indique el motivo para prepararlo de todos modos.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the module&apos;s language</source>
        <translation>Seguir el idioma del módulo</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Breaks that stop the clock</source>
        <translation>Descansos que detienen el reloj</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>The candidate may take breaks, as many as needed: the questions are hidden and the clock stands still. Their number and length go into the result.</source>
        <translation>El candidato puede tomar descansos, tantos como necesite: las preguntas se ocultan y el reloj se detiene. Su número y duración constan en el resultado.</translation>
    </message>
    <message>
        <source>The items can be read out to the candidate (headphones needed).</source>
        <translation>Las preguntas se pueden leer en voz alta al candidato (se necesitan auriculares).</translation>
    </message>
    <message>
        <source>Note (a reader present, a separate room…)</source>
        <translation>Nota (un lector presente, una sala aparte…)</translation>
    </message>
    <message>
        <source>This station could not look the candidate up (%1). Enter the name as on the photo ID.</source>
        <translation>Esta estación no pudo buscar al candidato (%1). Escriba el nombre tal como figura en la identificación con foto.</translation>
    </message>
    <message>
        <source>New candidate at this station: enter the name as on the photo ID.</source>
        <translation>Candidato nuevo en esta estación: escriba el nombre tal como figura en la identificación con foto.</translation>
    </message>
    <message>
        <source>Known at this station: %1 (sittings here: %2, the last on %3).</source>
        <translation>Conocido en esta estación: %1 (turnos aquí: %2, el último el %3).</translation>
    </message>
    <message>
        <source>Known at this station: %1.</source>
        <translation>Conocido en esta estación: %1.</translation>
    </message>
    <message>
        <source>The name entered is different: check it against the photo ID; it replaces the name on file.</source>
        <translation>El nombre escrito es distinto: compárelo con la identificación con foto; reemplaza el nombre registrado.</translation>
    </message>
    <message>
        <source>Screen reader (Orca)</source>
        <translation>Lector de pantalla (Orca)</translation>
    </message>
    <message>
        <source>The station starts the Orca screen reader for this candidate, speaking the module&apos;s language, and stops it after the sitting (headphones needed). The candidate works by keyboard.</source>
        <translation>La estación inicia el lector de pantalla Orca para este candidato, en el idioma del módulo, y lo detiene al terminar la sesión de examen (se necesitan auriculares). El candidato trabaja con el teclado.</translation>
    </message>
</context>
<context>
    <name>exam::ui::Speech</name>
    <message>
        <source>Read-aloud stopped: the speech engine reported a problem (%1). Ask your proctor.</source>
        <translation>La lectura en voz alta se detuvo: el motor de voz informó un problema (%1). Consulte a su supervisor.</translation>
    </message>
    <message>
        <source>Read-aloud is not available: the speech engine could not start (%1). Ask your proctor.</source>
        <translation>La lectura en voz alta no está disponible: el motor de voz no pudo iniciar (%1). Consulte a su supervisor.</translation>
    </message>
    <message>
        <source>Read-aloud is not available: no speech engine is installed on this station. Ask your proctor.</source>
        <translation>La lectura en voz alta no está disponible: no hay ningún motor de voz instalado en esta estación. Consulte a su supervisor.</translation>
    </message>
    <message>
        <source>Read-aloud is not available: this kiosk was built without speech. Ask your proctor.</source>
        <translation>La lectura en voz alta no está disponible: este quiosco se compiló sin voz. Consulte a su supervisor.</translation>
    </message>
</context>
<context>
    <name>exam::ui::StationGrid</name>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>No stations in this room yet. Choose “Add stations” to pair them.</source>
        <translation>Aún no hay estaciones en esta sala. Elija “Agregar estaciones” para vincularlas.</translation>
    </message>
</context>
<context>
    <name>exam::ui::StationText</name>
    <message>
        <source>Ready for a candidate</source>
        <translation>Lista para un candidato</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En espera de comenzar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En descanso</translation>
    </message>
    <message>
        <source>Interrupted: resume it</source>
        <translation>Interrumpida: reanúdela</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No puede guardar</translation>
    </message>
    <message>
        <source>Module ended</source>
        <translation>Módulo terminado</translation>
    </message>
    <message>
        <source>Score report shown</source>
        <translation>Informe de resultados mostrado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Le necesita</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <source>%1 % time</source>
        <translation>%1 % del tiempo</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>descansos</translation>
    </message>
    <message>
        <source>read-aloud</source>
        <translation>lectura en voz alta</translation>
    </message>
    <message>
        <source>screen reader</source>
        <translation>lector de pantalla</translation>
    </message>
    <message>
        <source>text %1 %</source>
        <translation>texto al %1 %</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Never heard from</source>
        <translation>Sin señal todavía</translation>
    </message>
    <message>
        <source>Heard %1 s ago</source>
        <translation>Última señal hace %1 s</translation>
    </message>
    <message>
        <source>Heard %1 min ago</source>
        <translation>Última señal hace %1 min</translation>
    </message>
    <message>
        <source>Heard %1 h ago</source>
        <translation>Última señal hace %1 h</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1: enviada</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1: aplicada</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazada: %2</translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation>%1: no enviada: %2</translation>
    </message>
    <message>
        <source>Start module</source>
        <translation>Iniciar módulo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Extend time</source>
        <translation>Ampliar el tiempo</translation>
    </message>
    <message>
        <source>Void module</source>
        <translation>Anular el módulo</translation>
    </message>
    <message>
        <source>End sitting</source>
        <translation>Terminar sesión de examen</translation>
    </message>
    <message>
        <source>Message to candidate</source>
        <translation>Mensaje al candidato</translation>
    </message>
    <message>
        <source>module %1 of %2</source>
        <translation>módulo %1 de %2</translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>Última acción: %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Restarted after a crash</source>
        <translation>Reiniciada tras un fallo</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 flagged</source>
        <translation>%1 de %2 respondidas, %3 marcadas</translation>
    </message>
    <message>
        <source>Break %1, past the %2 min limit</source>
        <translation>Descanso %1, supera el límite de %2 min</translation>
    </message>
    <message>
        <source>Break %1</source>
        <translation>Descanso %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Untimed</source>
        <translation>Sin límite de tiempo</translation>
    </message>
    <message>
        <source>Continue on another station</source>
        <translation>Continuar en otra estación</translation>
    </message>
    <message>
        <source>Tell the station its sitting moved</source>
        <translation>Avisar a la estación que su sesión de examen se trasladó</translation>
    </message>
    <message>
        <source>console&apos;s copy %1 steps, %2 s behind</source>
        <translation>copia en la consola: %1 pasos, %2 s de retraso</translation>
    </message>
</context>
<context>
    <name>exam::ui::StationTile</name>
    <message>
        <source>%1: %2%3.</source>
        <translation>%1: %2%3.</translation>
    </message>
    <message>
        <source>Deselect</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Remove station…</source>
        <translation>Quitar estación…</translation>
    </message>
</context>
<context>
    <name>exam::ui::SubmitScreen</name>
    <message>
        <source>Submit the module?</source>
        <translation>¿Entregar el módulo?</translation>
    </message>
    <message>
        <source>After you submit, you cannot change any answer.</source>
        <translation>Después de entregar, no puede cambiar ninguna respuesta.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation>Entregar ahora</translation>
    </message>
    <message>
        <source>Ends the module. Your answers become final.</source>
        <translation>Termina el módulo. Sus respuestas quedan como definitivas.</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 items.</source>
        <translation>Ha respondido %1 de %2 preguntas.</translation>
    </message>
    <message>
        <source>Every item has an answer.</source>
        <translation>Todas las preguntas tienen respuesta.</translation>
    </message>
    <message>
        <source>Not answered (%1), counted as wrong if you submit now. Item numbers: %2.</source>
        <translation>Sin responder (%1): cuentan como incorrectas si entrega ahora. Números de pregunta: %2.</translation>
    </message>
    <message>
        <source>No item is flagged for review.</source>
        <translation>Ninguna pregunta está marcada para revisar.</translation>
    </message>
    <message>
        <source>Flagged for review (%1). Item numbers: %2.</source>
        <translation>Marcadas para revisar (%1). Números de pregunta: %2.</translation>
    </message>
</context>
<context>
    <name>exam::ui::TimerDisplay</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Sin límite de tiempo</translation>
    </message>
    <message>
        <source>Time hidden</source>
        <translation>Tiempo oculto</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Tiempo restante %1</translation>
    </message>
    <message>
        <source>%1 (extended time ×%2)</source>
        <translation>%1 (tiempo extendido ×%2)</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>Mostrar el tiempo</translation>
    </message>
    <message>
        <source>Hide time</source>
        <translation>Ocultar el tiempo</translation>
    </message>
    <message>
        <source>No time limit.</source>
        <translation>Sin límite de tiempo.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <translation>Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>Shows the time left. Key T says it.</source>
        <translation>Muestra el tiempo restante. La tecla T lo dice en voz alta.</translation>
    </message>
    <message>
        <source>Hides the time left; warnings still appear. Key T says it.</source>
        <translation>Oculta el tiempo restante; los avisos siguen apareciendo. La tecla T lo dice en voz alta.</translation>
    </message>
</context>
<context>
    <name>exam::ui::WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Is this you, and is this the module you came to take?</source>
        <translation>¿Es usted, y es este el módulo que vino a presentar?</translation>
    </message>
    <message>
        <source>Yes, this is me</source>
        <translation>Sí, soy yo</translation>
    </message>
    <message>
        <source>No, call the proctor</source>
        <translation>No, llamar al supervisor</translation>
    </message>
    <message>
        <source>%1 items. Untimed: you may take the time you need.</source>
        <translation>%1 preguntas. Sin límite de tiempo: puede tomarse el tiempo que necesite.</translation>
    </message>
    <message>
        <source>%1 items, %2 minutes.</source>
        <translation>%1 preguntas, %2 minutos.</translation>
    </message>
    <message>
        <source>%1 items, %2 minutes (extended time ×%3).</source>
        <translation>%1 preguntas, %2 minutos (tiempo extendido ×%3).</translation>
    </message>
    <message>
        <source>You are %1, candidate ID %2.</source>
        <translation>Usted es %1, ID de candidato %2.</translation>
    </message>
    <message>
        <source>Module %1 of %2 today: %3 (%4).</source>
        <translation>Módulo %1 de %2 de hoy: %3 (%4).</translation>
    </message>
    <message>
        <source>Module: %1 (%2).</source>
        <translation>Módulo: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 Breaks allowed: the clock stops.</source>
        <translation>%1 Se permiten descansos: el reloj se detiene.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The exam kiosk a candidate sits an exam in.</source>
        <translation>El quiosco en el que un candidato presenta un examen.</translation>
    </message>
    <message>
        <source>Station data folder (default: %1).</source>
        <translation>Carpeta de datos de la estación (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Use the demo station beside the build (demo banks, demo proctor).</source>
        <translation>Usar la estación de demostración junto a la compilación (bancos de demostración, supervisor de demostración).</translation>
    </message>
    <message>
        <source>Run in a normal window (development only).</source>
        <translation>Ejecutar en una ventana normal (solo para desarrollo).</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>This station cannot start</source>
        <translation>Esta estación no puede iniciar</translation>
    </message>
    <message>
        <source>The exam kiosk is already running on this station (data folder %1). Only one may run at a time.</source>
        <translation>El quiosco de examen ya está en ejecución en esta estación (carpeta de datos %1). Solo puede haber uno a la vez.</translation>
    </message>
    <message>
        <source>The station&apos;s centre key (center-key.key) is missing from %1. Restore it from the station&apos;s backup.</source>
        <translation>Falta la clave de centro de la estación (center-key.key) en %1. Restáurela desde la copia de seguridad de la estación.</translation>
    </message>
    <message>
        <source>The demo station cannot start</source>
        <translation>No se pudo iniciar la estación de demostración</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written. Check that this user may write to the station&apos;s folder.</source>
        <translation>No se puede escribir el archivo de bloqueo %1. Compruebe que este usuario puede escribir en la carpeta de la estación.</translation>
    </message>
</context>
</TS>
