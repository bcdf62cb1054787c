<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;Reads X post engagement metrics from the enterprise Engagement API and the X API v2, and shows them as grouped trees and charts.&lt;/p&gt;&lt;p&gt;Settings and accounts: {config}&lt;br&gt;Workspaces, journals, usage: {data}&lt;br&gt;Logs: {logs}&lt;br&gt;User plugins: {plugins}&lt;br&gt;Secrets: {secrets}&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lee las métricas de interacción de publicaciones de X desde la Engagement API empresarial y la X API v2, y las muestra como árboles agrupados y gráficos.&lt;/p&gt;&lt;p&gt;Ajustes y cuentas: {config}&lt;br&gt;Espacios de trabajo, diarios de trabajos, uso: {data}&lt;br&gt;Registros: {logs}&lt;br&gt;Plugins del usuario: {plugins}&lt;br&gt;Secretos: {secrets}&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Engagement Desktop</source>
        <translation>Acerca de Engagement Desktop</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>OAuth 1.0a user context (consumer key + user tokens; PIN login)</source>
        <translation>Contexto de usuario OAuth 1.0a (consumer key + tokens del usuario; inicio de sesión con PIN)</translation>
    </message>
    <message>
        <source>App-only bearer token (public metrics on totals)</source>
        <translation>Bearer token solo de la app (métricas públicas en totals)</translation>
    </message>
    <message>
        <source>OAuth 2.0 user access token (X API v2)</source>
        <translation>Token de acceso de usuario OAuth 2.0 (X API v2)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Secreto del token de acceso</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>The enterprise Engagement API (data-api.x.com).</source>
        <translation>La Engagement API empresarial (data-api.x.com).</translation>
    </message>
    <message>
        <source>X API v2 and the token endpoints (api.x.com).</source>
        <translation>La X API v2 y los endpoints de tokens (api.x.com).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Engagement API URL</source>
        <translation>URL de la Engagement API</translation>
    </message>
    <message>
        <source>X API URL</source>
        <translation>URL de la X API</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>the built-in sandbox (in-process)</source>
        <translation>el sandbox integrado (en el mismo proceso)</translation>
    </message>
    <message>
        <source>saved — type to replace</source>
        <translation>guardado — escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>@{handle} (sandbox demo account, in-process)</source>
        <translation>@{handle} (cuenta de demostración del sandbox, en el mismo proceso)</translation>
    </message>
    <message>
        <source>sandbox demo account (in-process)</source>
        <translation>cuenta de demostración del sandbox (en el mismo proceso)</translation>
    </message>
    <message>
        <source>@{handle} (user {id})</source>
        <translation>@{handle} (usuario {id})</translation>
    </message>
    <message>
        <source>— (known after a PIN login)</source>
        <translation>— (se conoce tras iniciar sesión con PIN)</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>&apos;{kind}&apos; is not an account kind; use one of: {kinds}</source>
        <translation>«{kind}» no es un tipo de cuenta; use uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Una cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>Account names are at most {count} characters.</source>
        <translation>Los nombres de cuenta tienen como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>Account names cannot hold control characters.</source>
        <translation>Los nombres de cuenta no pueden contener caracteres de control.</translation>
    </message>
    <message>
        <source>&apos;{auto}&apos; is reserved (it routes each post to its owner&apos;s account); pick another name.</source>
        <translation>«{auto}» está reservado (envía cada publicación con la cuenta de su propietario); elija otro nombre.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a base URL; write it like https://data-api.x.com</source>
        <translation>«{url}» no es una URL base; escríbala como https://data-api.x.com</translation>
    </message>
    <message>
        <source>An account named &apos;{name}&apos; already exists; pick another name or remove it first.</source>
        <translation>Ya existe una cuenta llamada «{name}»; elija otro nombre o quite antes esa cuenta.</translation>
    </message>
    <message>
        <source>There is no account named &apos;{name}&apos;.</source>
        <translation>No hay ninguna cuenta llamada «{name}».</translation>
    </message>
    <message>
        <source>The account list {path} cannot be read: {reason}</source>
        <translation>No se puede leer la lista de cuentas {path}: {reason}</translation>
    </message>
    <message>
        <source>The account list {path} cannot be saved: {reason}</source>
        <translation>No se puede guardar la lista de cuentas {path}: {reason}</translation>
    </message>
    <message>
        <source>it is a folder, not a file. Move or rename that folder and start again.</source>
        <translation>es una carpeta, no un archivo. Mueva esa carpeta o cámbiele el nombre y vuelva a empezar.</translation>
    </message>
    <message>
        <source>your user has no permission to it. Give your user read and write access to it.</source>
        <translation>su usuario no tiene permiso sobre ella. Dé a su usuario permiso de lectura y escritura.</translation>
    </message>
    <message>
        <source>{reason}. Free some space or make the folder writable, then try again.</source>
        <translation>{reason}. Libere espacio o permita escribir en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The base URL {url} holds a user name or password (user:password@…), which would be shown and logged; remove that part: the account&apos;s secrets go in the keyring.</source>
        <translation>La URL base {url} contiene un nombre de usuario o una contraseña (usuario:contraseña@…), que se mostraría y quedaría en el registro; quite esa parte: los secretos de la cuenta van en el llavero.</translation>
    </message>
    <message>
        <source>{url} is plain http:// to {host}, which is not this computer: the account&apos;s tokens and keys would cross the network unencrypted, for anyone on the way to read. Use https://; or, for a sandbox you trust on another computer, allow it deliberately with {flag} (command line) or the account setting {setting}.</source>
        <translation>{url} es http:// sin cifrar hacia {host}, que no es este ordenador: los tokens y las claves de la cuenta cruzarían la red sin cifrar, a la vista de cualquiera en el camino. Use https://; o, para un sandbox de confianza en otro ordenador, permítalo a propósito con {flag} (línea de comandos) o con el ajuste de la cuenta {setting}.</translation>
    </message>
    <message>
        <source>plain http:// to {host} is allowed by {flag} / {setting}: tokens and keys cross the network unencrypted.</source>
        <translation>http:// sin cifrar hacia {host} está permitido por {flag} / {setting}: los tokens y las claves cruzan la red sin cifrar.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Log in with PIN…</source>
        <translation>Iniciar sesión con PIN…</translation>
    </message>
    <message>
        <source>Opens X&apos;s authorize page in your browser; type the PIN it shows below.</source>
        <translation>Abre la página de autorización de X en su navegador; escriba abajo el PIN que muestra.</translation>
    </message>
    <message>
        <source>Get bearer token</source>
        <translation>Obtener bearer token</translation>
    </message>
    <message>
        <source>Trades the consumer key and secret for an app-only token.</source>
        <translation>Cambia la consumer key y el consumer secret por un token solo de la app.</translation>
    </message>
    <message>
        <source>Fill in the new account and press Save.</source>
        <translation>Rellene la nueva cuenta y pulse Guardar.</translation>
    </message>
    <message>
        <source>Saved &apos;{name}&apos;.</source>
        <translation>Se guardó «{name}».</translation>
    </message>
    <message>
        <source>It still needs: {secrets}.</source>
        <translation>Aún le falta: {secrets}.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos; and delete its secrets from the keyring? Queries that use it will ask for another account.</source>
        <translation>¿Quitar «{name}» y borrar sus secretos del llavero? Las consultas que la usan pedirán otra cuenta.</translation>
    </message>
    <message>
        <source>Testing &apos;{name}&apos;…</source>
        <translation>Probando «{name}»…</translation>
    </message>
    <message>
        <source>Secrets are kept in: &lt;b&gt;{keyring}&lt;/b&gt;</source>
        <translation>Los secretos se guardan en: &lt;b&gt;{keyring}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · sandbox</source>
        <translation> · sandbox</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workspace</source>
        <translation>&amp;Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Empezar un espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the workspace to another file</source>
        <translation>Guardar el espacio de trabajo en otro archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>▶ &amp;Run</source>
        <translation>▶ &amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the selected query (Ctrl+R)</source>
        <translation>Ejecutar la consulta seleccionada (Ctrl+R)</translation>
    </message>
    <message>
        <source>↻ Re&amp;sume</source>
        <translation>↻ Re&amp;anudar</translation>
    </message>
    <message>
        <source>Resume this query&apos;s unfinished job: fetch only what it is missing (Ctrl+Shift+R)</source>
        <translation>Reanudar el trabajo sin terminar de esta consulta: obtener solo lo que le falta (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>■ &amp;Cancel</source>
        <translation>■ &amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the running query (Esc)</source>
        <translation>Detener la consulta en curso (Esc)</translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>&amp;Trabajos…</translation>
    </message>
    <message>
        <source>Every journaled run: resume, run again or delete (Ctrl+J)</source>
        <translation>Cada ejecución registrada: reanudar, volver a ejecutar o eliminar (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the result to a file (Ctrl+E)</source>
        <translation>Exportar el resultado a un archivo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;as</source>
        <translation>Exportar c&amp;omo</translation>
    </message>
    <message>
        <source>Export &amp;headers in</source>
        <translation>Encabe&amp;zados de exportación en</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>Add, edit and log in accounts</source>
        <translation>Añadir, editar e iniciar sesión en cuentas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>&amp;Plugins…</translation>
    </message>
    <message>
        <source>Plugins found and the errors of those that failed</source>
        <translation>Plugins encontrados y los errores de los que fallaron</translation>
    </message>
    <message>
        <source>&amp;About Engagement Desktop</source>
        <translation>&amp;Acerca de Engagement Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>AnalysisErrors</name>
    <message>
        <source>Comparing periods needs hourly or daily numbers; these results have {granularity} numbers. Run a series query over both periods.</source>
        <translation>Comparar periodos necesita cifras por hora o por día; estos resultados tienen cifras de tipo {granularity}. Ejecute una consulta de series que cubra ambos periodos.</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>only total</source>
        <translation>solo totales</translation>
    </message>
    <message>
        <source>These results have {have} numbers, so they cannot be grouped by {dimension}; run a query with finer numbers (hourly for weekday or hour of day) or pick another.</source>
        <translation>Estos resultados tienen cifras {have}, así que no se pueden agrupar por {dimension}; ejecute una consulta con cifras más detalladas (por hora para el día de la semana o la hora del día) o elija otra agrupación.</translation>
    </message>
    <message>
        <source>The best-time heatmap needs hourly numbers; these results have none. Run a series query with hourly granularity.</source>
        <translation>El mapa de calor de la mejor hora necesita cifras por hora; estos resultados no las tienen. Ejecute una consulta de series con granularidad por hora.</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not a comparison; use one of &gt;=, &gt;, &lt;=, &lt;, ==, !=.</source>
        <translation>«{op}» no es una comparación; use una de &gt;=, &gt;, &lt;=, &lt;, ==, !=.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a filter; write COLUMN OPERATOR NUMBER, e.g. &apos;impressions &gt;= 1000&apos; or &apos;engagement_rate &gt; 2%&apos;.</source>
        <translation>«{text}» no es un filtro; escriba COLUMNA OPERADOR NÚMERO, p. ej. «impressions &gt;= 1000» o «engagement_rate &gt; 2%».</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; in &apos;{text}&apos; is not a number.</source>
        <translation>«{number}» en «{text}» no es un número.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a column of this table; it has {columns}.</source>
        <translation>«{column}» no es una columna de esta tabla; sus columnas son {columns}.</translation>
    </message>
    <message>
        <source>Cannot export views to &apos;{kind}&apos;; use {formats}.</source>
        <translation>No se pueden exportar vistas a «{kind}»; use {formats}.</translation>
    </message>
    <message>
        <source>Cannot export to {target}: the folder {folder} does not exist.</source>
        <translation>No se puede exportar a {target}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a metric of these results nor a rate they allow; choose from {choices}.</source>
        <translation>«{name}» no es una métrica de estos resultados ni una tasa que permitan; elija entre {choices}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a rate; choose from {choices}.</source>
        <translation>«{name}» no es una tasa; elija entre {choices}.</translation>
    </message>
    <message>
        <source>These results cannot give a rate asked for. {needs} {add}</source>
        <translation>Estos resultados no permiten calcular una tasa pedida. {needs} {add}</translation>
    </message>
    <message>
        <source>Add the missing metrics to the query (the query editor offers to) and run it again.</source>
        <translation>Añada a la consulta las métricas que faltan (el editor de la consulta ofrece hacerlo) y vuelva a ejecutarla.</translation>
    </message>
</context>
<context>
    <name>AnalysisExport</name>
    <message>
        <source>CSV: this view (*.csv)</source>
        <translation>CSV: esta vista (*.csv)</translation>
    </message>
    <message>
        <source>JSON: this view (*.json)</source>
        <translation>JSON: esta vista (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook: a sheet per analyst view (*.xlsx)</source>
        <translation>Libro de Excel: una hoja por vista de análisis (*.xlsx)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportar la vista</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported to {files}.</source>
        <translation>Exportado a {files}.</translation>
    </message>
    <message>
        <source>This tab shows nothing to export yet.</source>
        <translation>Esta pestaña aún no muestra nada que exportar.</translation>
    </message>
    <message>
        <source>The Best time tab shows no heatmap to export yet.</source>
        <translation>La pestaña Mejor hora aún no muestra ningún mapa de calor que exportar.</translation>
    </message>
    <message>
        <source>Cannot export to {target}: the folder {folder} does not exist.</source>
        <translation>No se puede exportar a {target}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>AnalysisLabels</name>
    <message>
        <source>unknown @handle</source>
        <translation>@handle desconocido</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Todas las publicaciones</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>semana del {date}</translation>
    </message>
</context>
<context>
    <name>AnalysisNotes</name>
    <message>
        <source>Baseline: the median post of the same @handle over the whole range.</source>
        <translation>Referencia: la publicación mediana del mismo @handle en todo el intervalo.</translation>
    </message>
    <message>
        <source>Recent: {recent}. Baseline: {baseline}.</source>
        <translation>Reciente: {recent}. Referencia: {baseline}.</translation>
    </message>
    <message>
        <source>Recent: {recent}. Baseline: {baseline}, per day × the recent period&apos;s days (each row counted from its first value).</source>
        <translation>Reciente: {recent}. Referencia: {baseline}, por día × los días del periodo reciente (cada fila cuenta desde su primer valor).</translation>
    </message>
    <message>
        <source>Flagged: above {high} × or below {low} × the baseline; no flag where the baseline is zero or blank.</source>
        <translation>Marcados: por encima de {high} × o por debajo de {low} × la referencia; sin marca donde la referencia es cero o está en blanco.</translation>
    </message>
    <message>
        <source>{measure} by weekday and hour of day, {zone} time.</source>
        <translation>{measure} por día de la semana y hora del día, hora de {zone}.</translation>
    </message>
    <message>
        <source>{measure} = {numerator} / {denominator}, the ratio of the cell&apos;s sums; blank where the denominator is zero.</source>
        <translation>{measure} = {numerator} / {denominator}, el cociente de las sumas de la celda; en blanco donde el denominador es cero.</translation>
    </message>
    <message>
        <source>Each cell is the sum of its hours; the cells add up to the total.</source>
        <translation>Cada celda es la suma de sus horas; las celdas suman el total.</translation>
    </message>
    <message>
        <source>Times in {zone}.</source>
        <translation>Horas en {zone}.</translation>
    </message>
    <message>
        <source>Days and weeks are the server&apos;s UTC days (daily numbers cannot be moved to another time zone).</source>
        <translation>Los días y las semanas son los días UTC del servidor (las cifras diarias no se pueden pasar a otra zona horaria).</translation>
    </message>
    <message>
        <source>{rate} = {numerator} / {denominator}: {definition}</source>
        <translation>{rate} = {numerator} / {denominator}: {definition}</translation>
    </message>
    <message>
        <source>Rates are ratios of sums at every level; blank where the denominator is zero or was not fetched.</source>
        <translation>Las tasas son cocientes de sumas en cada nivel; en blanco donde el denominador es cero o no se pidió.</translation>
    </message>
    <message>
        <source>Rows shown: {filter}.</source>
        <translation>Filas mostradas: {filter}.</translation>
    </message>
    <message>
        <source>Sorted by {column}, largest first.</source>
        <translation>Ordenado por {column}, de mayor a menor.</translation>
    </message>
    <message>
        <source>Sorted by {column}, smallest first.</source>
        <translation>Ordenado por {column}, de menor a mayor.</translation>
    </message>
    <message>
        <source>Top {top} rows at each level; totals count every row.</source>
        <translation>Las {top} primeras filas de cada nivel; los totales cuentan todas las filas.</translation>
    </message>
    <message>
        <source>{start} to {end} UTC</source>
        <translation>{start} a {end} UTC</translation>
    </message>
    <message>
        <source>No rate can be computed from these numbers. {needs} {add}</source>
        <translation>No se puede calcular ninguna tasa con estas cifras. {needs} {add}</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>{rate} = {numerator} / {denominator}, each summed over the row (a ratio of sums); blank where {denominator} is zero or was not fetched.</source>
        <translation>{rate} = {numerator} / {denominator}, cada uno sumado en la fila (un cociente de sumas); en blanco donde {denominator} es cero o no se pidió.</translation>
    </message>
    <message>
        <source>{metric}: the sum of this metric&apos;s values in the row; never added to another metric.</source>
        <translation>{metric}: la suma de los valores de esta métrica en la fila; nunca se suma a otra métrica.</translation>
    </message>
</context>
<context>
    <name>AnalysisTableView</name>
    <message>
        <source>Filter, e.g. impressions &gt;= 1000; engagement_rate &gt; 2%</source>
        <translation>Filtro, p. ej. impressions &gt;= 1000; engagement_rate &gt; 2%</translation>
    </message>
    <message>
        <source>Rows to show: COLUMN OPERATOR NUMBER, several joined by &apos;;&apos;. Totals still count every row.</source>
        <translation>Filas que mostrar: COLUMNA OPERADOR NÚMERO, varias unidas con &apos;;&apos;. Los totales siguen contando todas las filas.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Show only the first N rows at each level, by the sorted column (the first metric when none is sorted).</source>
        <translation>Mostrar solo las N primeras filas de cada nivel, según la columna ordenada (la primera métrica si no se ordena ninguna).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Rows by</source>
        <translation>Filas por</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Primeras</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>día de la semana</translation>
    </message>
    <message>
        <source>hour of day</source>
        <translation>hora del día</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Mejor hora</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The server&apos;s answer (HTTP {status}) is not JSON: {glimpse}.</source>
        <translation>La respuesta del servidor (HTTP {status}) no es JSON: {glimpse}.</translation>
    </message>
    <message>
        <source>its lists and objects nest too deeply to read</source>
        <translation>sus listas y objetos se anidan a demasiada profundidad para leerlos</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP {status}) is JSON but not an object.</source>
        <translation>La respuesta del servidor (HTTP {status}) es JSON, pero no un objeto.</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>{bytes} bytes of gzip-compressed data that were not decompressed</source>
        <translation>{bytes} bytes de datos comprimidos con gzip que no se descomprimieron</translation>
    </message>
    <message>
        <source>{bytes} bytes of binary data</source>
        <translation>{bytes} bytes de datos binarios</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>{where}: expected {kind}, got {found}.</source>
        <translation>{where}: se esperaba {kind} y llegó {found}.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>{where}: {found} is not {kind}.</source>
        <translation>{where}: {found} no es {kind}.</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>un recuento</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>una hora</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>una hora ISO 8601</translation>
    </message>
    <message>
        <source>a post ID</source>
        <translation>un ID de publicación</translation>
    </message>
    <message>
        <source>a metric</source>
        <translation>una métrica</translation>
    </message>
    <message>
        <source>The answer lacks the grouping &apos;{name}&apos; the request asked for.</source>
        <translation>A la respuesta le falta la agrupación «{name}» que pidió la solicitud.</translation>
    </message>
    <message>
        <source>{where}: expected an object of {level} keys, got {found}.</source>
        <translation>{where}: se esperaba un objeto de claves {level} y llegó {found}.</translation>
    </message>
    <message>
        <source>a YYYY-MM-DD day</source>
        <translation>un día AAAA-MM-DD</translation>
    </message>
    <message>
        <source>an hour 00–23</source>
        <translation>una hora 00–23</translation>
    </message>
    <message>
        <source>The answer has neither &apos;data&apos; nor &apos;errors&apos;.</source>
        <translation>La respuesta no tiene ni «data» ni «errors».</translation>
    </message>
    <message>
        <source>{where}: a time series in answer to granularity Total.</source>
        <translation>{where}: una serie temporal como respuesta a la granularidad Total.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>All posts</source>
        <translation>Todas las publicaciones</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot draw the chart as &apos;{format}&apos;: pictures of the chart are .png or .svg.</source>
        <translation>No se puede dibujar el gráfico como «{format}»: las imágenes del gráfico son .png o .svg.</translation>
    </message>
    <message>
        <source>Could not write the PNG file &apos;{path}&apos;.</source>
        <translation>No se pudo escribir el archivo PNG «{path}».</translation>
    </message>
    <message>
        <source>Could not write the SVG file &apos;{path}&apos;.</source>
        <translation>No se pudo escribir el archivo SVG «{path}».</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Hourly</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Hourly numbers can be shown summed per day or per week; totals are shown as bars.</source>
        <translation>Las cifras por hora se pueden mostrar sumadas por día o por semana; los totales se muestran como barras.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>A logarithmic value axis, for posts of very different sizes.</source>
        <translation>Un eje de valores logarítmico, para publicaciones de tamaños muy distintos.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Totals (bars)</source>
        <translation>Totales (barras)</translation>
    </message>
    <message>
        <source>No numbers yet: run a query.</source>
        <translation>Aún no hay cifras: ejecute una consulta.</translation>
    </message>
    <message>
        <source>Tick at least one post and one metric.</source>
        <translation>Marque al menos una publicación y una métrica.</translation>
    </message>
    <message>
        <source>Showing {shown} of {wanted} lines: tick fewer posts or metrics.</source>
        <translation>Se muestran {shown} de {wanted} líneas: marque menos publicaciones o métricas.</translation>
    </message>
</context>
<context>
    <name>ComparePicker</name>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Planned with the query: a baseline before its range is fetched by extra requests, listed in the plan before anything is sent; the Compare tab opens on it.</source>
        <translation>Se planifica con la consulta: una referencia anterior a su intervalo se obtiene con solicitudes adicionales, listadas en el plan antes de enviar nada; la pestaña Comparar se abre en ella.</translation>
    </message>
    <message>
        <source>Flags the posts far above or below their baseline.</source>
        <translation>Marca las publicaciones muy por encima o por debajo de su referencia.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison: {preset}, from the query&apos;s own numbers; no extra request.</source>
        <translation>Comparación: {preset}, con las cifras de la propia consulta; ninguna solicitud adicional.</translation>
    </message>
    <message>
        <source>Comparison: {preset}. Recent {recent}; baseline {baseline}.</source>
        <translation>Comparación: {preset}. Reciente {recent}; referencia {baseline}.</translation>
    </message>
    <message>
        <source>No extra request: the query&apos;s range holds both periods.</source>
        <translation>Ninguna solicitud adicional: el intervalo de la consulta contiene ambos periodos.</translation>
    </message>
    <message>
        <source>Extra requests for the baseline before the query&apos;s range ({extra}): {count}, counted above.</source>
        <translation>Solicitudes adicionales para la referencia anterior al intervalo de la consulta ({extra}): {count}, incluidas arriba.</translation>
    </message>
    <message>
        <source>The baseline starts {start}, where the API&apos;s data begins; it is scaled by the days it covers.</source>
        <translation>La referencia empieza el {start}, donde empiezan los datos de la API; se escala por los días que abarca.</translation>
    </message>
    <message>
        <source>Last {recent} days vs the {baseline} before</source>
        <translation>Últimos {recent} días frente a los {baseline} anteriores</translation>
    </message>
    <message>
        <source>Each post vs its @handle&apos;s median post</source>
        <translation>Cada publicación frente a la publicación mediana de su @handle</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a comparison; write RECENT:BASELINE in days (e.g. 7:28 or 28:365) or {median}.</source>
        <translation>«{text}» no es una comparación; escriba RECIENTE:REFERENCIA en días (p. ej., 7:28 o 28:365) o {median}.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>per post</source>
        <translation>por publicación</translation>
    </message>
    <message>
        <source>per @handle</source>
        <translation>por @handle</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Post or @handle</source>
        <translation>Publicación o @handle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Atípico</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Run a query to compare its posts with their baseline.</source>
        <translation>Ejecute una consulta para comparar sus publicaciones con su referencia.</translation>
    </message>
    <message>
        <source>{count} flagged.</source>
        <translation>{count} marcados.</translation>
    </message>
    <message>
        <source>Comparing periods needs hourly or daily numbers; run a series query over both periods.</source>
        <translation>Comparar periodos necesita cifras por hora o por día; ejecute una consulta de series que cubra ambos periodos.</translation>
    </message>
    <message>
        <source>above baseline</source>
        <translation>por encima de la referencia</translation>
    </message>
    <message>
        <source>below baseline</source>
        <translation>por debajo de la referencia</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>the server did not answer in time (the connection timed out)</source>
        <translation>el servidor no respondió a tiempo (se agotó el tiempo de conexión)</translation>
    </message>
    <message>
        <source>the connection was refused: nothing answers at that address and port</source>
        <translation>se rechazó la conexión: nada responde en esa dirección y ese puerto</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found (a mistyped address, or no network)</source>
        <translation>no se encontró el nombre del servidor (una dirección mal escrita, o no hay red)</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed: the server&apos;s certificate was not accepted, or it does not speak TLS</source>
        <translation>falló la conexión segura (TLS): no se aceptó el certificado del servidor, o el servidor no usa TLS</translation>
    </message>
    <message>
        <source>the connection was cut before the whole answer came</source>
        <translation>la conexión se cortó antes de que llegara la respuesta completa</translation>
    </message>
    <message>
        <source>the answer came compressed in a way that cannot be read</source>
        <translation>la respuesta llegó comprimida de una forma que no se puede leer</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>falló la conexión</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The account &apos;{name}&apos; has no {missing}: add them here and Save.</source>
        <translation>A la cuenta «{name}» le falta {missing}: añádalo aquí y pulse Guardar.</translation>
    </message>
    <message>
        <source>Could not reach {api}: {error}; check the connection and the account&apos;s URLs.</source>
        <translation>No se pudo contactar con {api}: {error}; compruebe la conexión y las URL de la cuenta.</translation>
    </message>
    <message>
        <source>{api} answered, but: {error}</source>
        <translation>{api} respondió, pero: {error}</translation>
    </message>
    <message>
        <source>{api} answered HTTP {status}; the credentials could not be checked, try again later.</source>
        <translation>{api} respondió HTTP {status}; no se pudieron comprobar las credenciales; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Connected: {api} accepted the credentials of &apos;{name}&apos;.</source>
        <translation>Conectado: {api} aceptó las credenciales de «{name}».</translation>
    </message>
    <message>
        <source>{api} refused the credentials of &apos;{name}&apos; (HTTP {status}); check them, or log in again.</source>
        <translation>{api} rechazó las credenciales de «{name}» (HTTP {status}); compruébelas o vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>A relative range is saved as words and planned from the day the query runs, so the query never goes stale.</source>
        <translation>Un intervalo relativo se guarda en palabras y se planifica desde el día en que se ejecuta la consulta, así la consulta nunca se queda desfasada.</translation>
    </message>
    <message>
        <source>Fixed dates</source>
        <translation>Fechas fijas</translation>
    </message>
    <message>
        <source>First hour of the range (UTC)</source>
        <translation>Primera hora del intervalo (UTC)</translation>
    </message>
    <message>
        <source>End of the range (UTC); it cannot be in the future</source>
        <translation>Fin del intervalo (UTC); no puede estar en el futuro</translation>
    </message>
    <message>
        <source>Fill the dates with the last</source>
        <translation>Rellenar las fechas con los últimos</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The size of each bucket the server returns (X API v2).</source>
        <translation>El tamaño de cada tramo que devuelve el servidor (X API v2).</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Lifetime totals, as of the moment the request is sent.</source>
        <translation>Totales de toda la vida, en el momento en que se envía la solicitud.</translation>
    </message>
    <message>
        <source>The last 28 hours, as the API defines them (whole hours, UTC).</source>
        <translation>Las últimas 28 horas, tal como las define la API (horas completas, UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n request windows of at most {days} days each</source>
        <translation>
            <numerusform>%n ventana de solicitud de {days} días como máximo</numerusform>
            <numerusform>%n ventanas de solicitud de {days} días como máximo cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request windows</source>
        <translation>
            <numerusform>%n ventana de solicitud</numerusform>
            <numerusform>%n ventanas de solicitud</numerusform>
        </translation>
    </message>
    <message>
        <source>{range}: {start} → {end} UTC; </source>
        <translation>{range}: {start} → {end} UTC; </translation>
    </message>
    <message>
        <source>{meaning}{days} days → {windows}</source>
        <translation>{meaning}{days} días → {windows}</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
</context>
<context>
    <name>Doing</name>
    <message>
        <source>starting a new account</source>
        <translation>empezar una cuenta nueva</translation>
    </message>
    <message>
        <source>saving the account</source>
        <translation>guardar la cuenta</translation>
    </message>
    <message>
        <source>removing the account</source>
        <translation>quitar la cuenta</translation>
    </message>
    <message>
        <source>testing the connection</source>
        <translation>probar la conexión</translation>
    </message>
    <message>
        <source>getting a bearer token</source>
        <translation>obtener un bearer token</translation>
    </message>
    <message>
        <source>starting the PIN login</source>
        <translation>empezar el inicio de sesión con PIN</translation>
    </message>
    <message>
        <source>finishing the PIN login</source>
        <translation>terminar el inicio de sesión con PIN</translation>
    </message>
    <message>
        <source>the last action</source>
        <translation>la última acción</translation>
    </message>
    <message>
        <source>updating the editor for the chosen endpoint</source>
        <translation>actualizar el editor para el endpoint elegido</translation>
    </message>
    <message>
        <source>checking the query</source>
        <translation>comprobar la consulta</translation>
    </message>
    <message>
        <source>starting the run</source>
        <translation>iniciar la ejecución</translation>
    </message>
    <message>
        <source>showing the run&apos;s progress</source>
        <translation>mostrar el progreso de la ejecución</translation>
    </message>
    <message>
        <source>showing the result</source>
        <translation>mostrar el resultado</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>showing the query</source>
        <translation>mostrar la consulta</translation>
    </message>
    <message>
        <source>running the query</source>
        <translation>ejecutar la consulta</translation>
    </message>
    <message>
        <source>opening the accounts</source>
        <translation>abrir las cuentas</translation>
    </message>
    <message>
        <source>adding a query</source>
        <translation>añadir una consulta</translation>
    </message>
    <message>
        <source>duplicating the query</source>
        <translation>duplicar la consulta</translation>
    </message>
    <message>
        <source>renaming the query</source>
        <translation>cambiar el nombre de la consulta</translation>
    </message>
    <message>
        <source>deleting the query</source>
        <translation>eliminar la consulta</translation>
    </message>
    <message>
        <source>resuming the job</source>
        <translation>reanudar el trabajo</translation>
    </message>
    <message>
        <source>listing the jobs</source>
        <translation>listar los trabajos</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>alrededor de %n día</numerusform>
            <numerusform>unos %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot export to {target}: it is the workspace file itself, which the export would replace. Choose another file name.</source>
        <translation>No se puede exportar a {target}: es el propio archivo del espacio de trabajo, que la exportación reemplazaría. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot export to {target}: it is among the app&apos;s own files (job journal, usage ledger, settings). Choose a file elsewhere.</source>
        <translation>No se puede exportar a {target}: es uno de los archivos propios de la aplicación (diario de trabajos, registro de uso, configuración). Elija un archivo en otro lugar.</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{path}&apos;: no exporter plugin is loaded; the list of plugins says why.</source>
        <translation>No se puede exportar a «{path}»: no hay ningún plugin exportador cargado; la lista de plugins dice por qué.</translation>
    </message>
    <message>
        <source>&apos;{suffix}&apos; files</source>
        <translation>archivos «{suffix}»</translation>
    </message>
    <message>
        <source>a file without extension</source>
        <translation>un archivo sin extensión</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{path}&apos;: no exporter writes {what}. Use one of these extensions: {extensions}.</source>
        <translation>No se puede exportar a «{path}»: ningún exportador escribe {what}. Use una de estas extensiones: {extensions}.</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{target}&apos;: the folder &apos;{folder}&apos; does not exist; create it or choose another one.</source>
        <translation>No se puede exportar a «{target}»: la carpeta «{folder}» no existe; créela o elija otra.</translation>
    </message>
    <message>
        <source>Cannot write &apos;{target}&apos;: the exporter &apos;{title}&apos; could not say which files it writes ({error}).</source>
        <translation>No se puede escribir «{target}»: el exportador «{title}» no pudo decir qué archivos escribe ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportHeaders</name>
    <message>
        <source>Machine-readable (API names in CSV and JSON)</source>
        <translation>Legibles por máquina (nombres de la API en CSV y JSON)</translation>
    </message>
    <message>
        <source>Only the headers and sheet names of CSV, JSON and Excel exports; the values stay machine-readable</source>
        <translation>Solo los encabezados y los nombres de hoja de las exportaciones CSV, JSON y Excel; los valores siguen siendo legibles por máquina</translation>
    </message>
</context>
<context>
    <name>GroupingBuilder</name>
    <message>
        <source>A grouping with all 4 values must be tweet.id, engagement.type, engagement.day, engagement.hour (or engagement.type first); only one such grouping per query.</source>
        <translation>Una agrupación con los 4 valores debe ser tweet.id, engagement.type, engagement.day, engagement.hour (o con engagement.type primero); solo una agrupación así por consulta.</translation>
    </message>
    <message>
        <source>Add grouping</source>
        <translation>Añadir agrupación</translation>
    </message>
    <message>
        <source>{endpoint} groups by: {values}.</source>
        <translation>{endpoint} agrupa por: {values}.</translation>
    </message>
    <message>
        <source>{endpoint} has no groupings; its granularity sets the buckets.</source>
        <translation>{endpoint} no tiene agrupaciones; su granularidad define los intervalos.</translation>
    </message>
</context>
<context>
    <name>GroupingRow</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The grouping&apos;s name; it becomes a key of the response.</source>
        <translation>El nombre de la agrupación; se convierte en una clave de la respuesta.</translation>
    </message>
    <message>
        <source>Tick the values to group by; drag them to set the nesting order.</source>
        <translation>Marque los valores por los que agrupar; arrástrelos para fijar el orden de anidamiento.</translation>
    </message>
    <message>
        <source>Remove this grouping</source>
        <translation>Quitar esta agrupación</translation>
    </message>
</context>
<context>
    <name>Groupings</name>
    <message>
        <source>The {endpoint} endpoint has no groupings — the granularity replaces them; remove them and pick a granularity.</source>
        <translation>El endpoint {endpoint} no tiene agrupaciones — la granularidad las sustituye; quítelas y elija una granularidad.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint has no groupings; remove them.</source>
        <translation>El endpoint {endpoint} no tiene agrupaciones; quítelas.</translation>
    </message>
    <message>
        <source>Add a grouping, for example {first}, {required} (one number per post and metric).</source>
        <translation>Añada una agrupación, por ejemplo {first}, {required} (una cifra por publicación y métrica).</translation>
    </message>
    <message>
        <source>There are {count} groupings; a request takes at most {most}. Remove {extra}.</source>
        <translation>Hay {count} agrupaciones; una solicitud admite como máximo {most}. Quite {extra}.</translation>
    </message>
    <message>
        <source>Several groupings are named &apos;{name}&apos;; rename all but one.</source>
        <translation>Varias agrupaciones se llaman «{name}»; cambie el nombre de todas menos una.</translation>
    </message>
    <message>
        <source>Only one grouping per request may have all {every} values; {names} do. Shorten all but one.</source>
        <translation>Solo una agrupación por solicitud puede tener los {every} valores; {names} los tienen. Acorte todas menos una.</translation>
    </message>
    <message>
        <source>Grouping &apos;{name}&apos;</source>
        <translation>La agrupación «{name}»</translation>
    </message>
    <message>
        <source>A grouping</source>
        <translation>Una agrupación</translation>
    </message>
    <message>
        <source>A grouping has no name; name it (the name becomes a key of the response).</source>
        <translation>Una agrupación no tiene nombre; póngale uno (el nombre pasa a ser una clave de la respuesta).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot name a grouping: the response uses that key for something else. Rename it.</source>
        <translation>«{name}» no puede dar nombre a una agrupación: la respuesta usa esa clave para otra cosa. Cámbielo.</translation>
    </message>
    <message>
        <source>{label} is empty; add {required} and what to group it by.</source>
        <translation>{label} está vacía; añada {required} y aquello por lo que agrupar.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a grouping value; use {values}.</source>
        <translation>{label}: «{value}» no es un valor de agrupación; use {values}.</translation>
    </message>
    <message>
        <source>{label}: {value} is not available on {endpoint}{why}; use {values}.</source>
        <translation>{label}: {value} no está disponible en {endpoint}{why}; use {values}.</translation>
    </message>
    <message>
        <source>{label} lists {value} {count} times; list it once.</source>
        <translation>{label} incluye {value} {count} veces; inclúyalo una sola vez.</translation>
    </message>
    <message>
        <source>{label} has all {every} values in an order the API refuses; order them {orders}.</source>
        <translation>{label} tiene los {every} valores en un orden que la API rechaza; ordénelos {orders}.</translation>
    </message>
    <message>
        <source>{label} must include {required}: without it the numbers of different metrics are added together and cannot be told apart.</source>
        <translation>{label} debe incluir {required}: sin él, las cifras de métricas distintas se suman y no se pueden distinguir.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The best-time heatmap needs hourly numbers: run a series query with hourly granularity.</source>
        <translation>El mapa de calor de la mejor hora necesita cifras por hora: ejecute una consulta de series con granularidad horaria.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>{weekday} {hour}: {measure} {value} ({hours} hours of data)</source>
        <translation>{weekday} {hour}: {measure} {value} ({hours} horas de datos)</translation>
    </message>
</context>
<context>
    <name>Ids</name>
    <message>
        <source>a post ID has digits only</source>
        <translation>un ID de publicación solo tiene cifras</translation>
    </message>
    <message>
        <source>more than {digits} digits, longer than any post ID</source>
        <translation>más de {digits} cifras, más largo que cualquier ID de publicación</translation>
    </message>
    <message>
        <source>larger than the largest possible post ID ({largest})</source>
        <translation>mayor que el mayor ID de publicación posible ({largest})</translation>
    </message>
    <message>
        <source>a link, but not to a post (expected https://x.com/&lt;handle&gt;/status/&lt;ID&gt;)</source>
        <translation>un enlace, pero no a una publicación (se esperaba https://x.com/&lt;handle&gt;/status/&lt;ID&gt;)</translation>
    </message>
    <message>
        <source>{start}… ({length} characters)</source>
        <translation>{start}… ({length} caracteres)</translation>
    </message>
</context>
<context>
    <name>IdsBox</name>
    <message>
        <source>Paste post IDs, status URLs or CSV here, or drop files (.txt, .csv).</source>
        <translation>Pegue aquí IDs de publicaciones, URL de estado o CSV, o suelte archivos (.txt, .csv).</translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation>Cargar archivo…</translation>
    </message>
    <message>
        <source>{file}: larger than {size} MB</source>
        <translation>{file}: mayor de {size} MB</translation>
    </message>
    <message>
        <source>Could not read {files}.</source>
        <translation>No se pudo leer {files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n publicación</numerusform>
            <numerusform>%n publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Aún no hay publicaciones</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected:</source>
        <translation>
            <numerusform>%n rechazada:</numerusform>
            <numerusform>%n rechazadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} &amp;gt; {days} days</source>
        <translation>{count} &amp;gt; {days} días</translation>
    </message>
    <message>
        <source>{count} older than {days} days: {meaning}.</source>
        <translation>{count} con más de {days} días: {meaning}.</translation>
    </message>
    <message>
        <source>Load post IDs</source>
        <translation>Cargar IDs de publicaciones</translation>
    </message>
    <message>
        <source>Text and CSV (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Texto y CSV (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The server&apos;s answer said nothing about this post although it was asked about it; it has no values from this request. Run again; if it stays missing, check the ID.</source>
        <translation>La respuesta del servidor no dijo nada de esta publicación aunque se le preguntó por ella; no tiene valores de esta solicitud. Vuelva a ejecutar; si sigue faltando, compruebe el ID.</translation>
    </message>
    <message>
        <source>The server&apos;s answer spoke of {count} post(s) that were not asked for: {ids}. What it said about them was left out.</source>
        <translation>La respuesta del servidor habló de {count} publicación(es) por las que no se preguntó: {ids}. Lo que dijo de ellas se descartó.</translation>
    </message>
    <message>
        <source>The server&apos;s answer spoke of {count} post(s) that were not asked for: {ids} and {more} more. What it said about them was left out.</source>
        <translation>La respuesta del servidor habló de {count} publicación(es) por las que no se preguntó: {ids} y {more} más. Lo que dijo de ellas se descartó.</translation>
    </message>
</context>
<context>
    <name>JobVerbs</name>
    <message>
        <source>Resume job {job}: fetch only the {missing} requests it is missing (Ctrl+Shift+R)</source>
        <translation>Reanudar el trabajo {job}: obtener solo las {missing} solicitudes que le faltan (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>This query has no unfinished job to resume</source>
        <translation>Esta consulta no tiene ningún trabajo sin terminar que reanudar</translation>
    </message>
    <message>
        <source>The jobs cannot be listed</source>
        <translation>No se pueden listar los trabajos</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Job &apos;{job}&apos; holds a query this version cannot read; run the query again instead.</source>
        <translation>El trabajo «{job}» contiene una consulta que esta versión no puede leer; vuelva a ejecutar la consulta.</translation>
    </message>
    <message>
        <source>Job &apos;{job}&apos; was started for another query (its IDs, metrics, dates or account changed since); run it without resuming.</source>
        <translation>El trabajo «{job}» se inició para otra consulta (sus ID, métricas, fechas o cuenta han cambiado desde entonces); ejecútela sin reanudar.</translation>
    </message>
    <message>
        <source>There is no job &apos;{job}&apos; in the journal ({path}); run the query again to fetch its numbers anew.</source>
        <translation>No hay ningún trabajo «{job}» en el diario de trabajos ({path}); vuelva a ejecutar la consulta para obtener de nuevo sus números.</translation>
    </message>
    <message>
        <source>Job &apos;{job}&apos; was started for another query or plan (the query, its IDs, dates or accounts changed since); run the query again instead of resuming the job.</source>
        <translation>El trabajo «{job}» se inició para otra consulta u otro plan (la consulta, sus ID, fechas o cuentas han cambiado desde entonces); vuelva a ejecutar la consulta en lugar de reanudar el trabajo.</translation>
    </message>
</context>
<context>
    <name>JobsDialog</name>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>No jobs yet: every run is journaled here, so one that stops can be resumed.</source>
        <translation>Aún no hay trabajos: cada ejecución se registra aquí, así que una que se detenga se puede reanudar.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the job?</source>
        <translation>¿Eliminar el trabajo?</translation>
    </message>
    <message>
        <source>Delete job {job} ({query}) and the {done} answers it holds? It can no longer be resumed; exported files are kept.</source>
        <translation>¿Eliminar el trabajo {job} ({query}) y las {done} respuestas que guarda? Ya no se podrá reanudar; los archivos exportados se conservan.</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Volver a &amp;ejecutar</translation>
    </message>
    <message>
        <source>Show its result again from the journal; nothing is sent.</source>
        <translation>Mostrar de nuevo su resultado desde el diario de trabajos; no se envía nada.</translation>
    </message>
    <message>
        <source>Fetch only the requests it is missing; the answers it holds are not sent again.</source>
        <translation>Obtener solo las solicitudes que le faltan; las respuestas que ya guarda no se vuelven a pedir.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n requests</source>
        <translation>
            <numerusform>{done} de %n solicitud</numerusform>
            <numerusform>{done} de %n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>the text at line {line}, column {column} does not start a JSON value</source>
        <translation>el texto de la línea {line}, columna {column} no empieza un valor JSON</translation>
    </message>
    <message>
        <source>a name in double quotes is missing at line {line}, column {column}</source>
        <translation>falta un nombre entre comillas dobles en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>a colon is missing at line {line}, column {column}</source>
        <translation>faltan los dos puntos en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing at line {line}, column {column}</source>
        <translation>falta una coma o un corchete o llave de cierre en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>a text in quotes holds a line break or other control character at line {line}, column {column}</source>
        <translation>un texto entre comillas contiene un salto de línea u otro carácter de control en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>the \u escape at line {line}, column {column} needs 4 hexadecimal digits</source>
        <translation>el escape \u de la línea {line}, columna {column} necesita 4 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>the backslash at line {line}, column {column} does not start a valid escape</source>
        <translation>la barra invertida de la línea {line}, columna {column} no empieza un escape válido</translation>
    </message>
    <message>
        <source>there is more text after the JSON ends (line {line}, column {column})</source>
        <translation>hay más texto después de que termine el JSON (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>its lists or objects are nested too deeply to read</source>
        <translation>sus listas u objetos están anidados a demasiada profundidad para leerlos</translation>
    </message>
    <message>
        <source>it holds a number with thousands of digits, more than any value it may hold</source>
        <translation>contiene un número de miles de dígitos, más de lo que puede tener cualquier valor</translation>
    </message>
    <message>
        <source>the file ends before its JSON is complete (line {line}, column {column})</source>
        <translation>el archivo termina antes de que su JSON esté completo (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>it stops being JSON at line {line}, column {column}</source>
        <translation>deja de ser JSON en la línea {line}, columna {column}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No secure keyring is available ({backend}): secrets are kept in memory for this session only and are gone when the app quits. Install and unlock a Secret Service such as gnome-keyring or KeePassXC (macOS Keychain and Windows Credential Manager work without setup).</source>
        <translation>No hay ningún llavero seguro disponible ({backend}): los secretos se guardan en memoria solo durante esta sesión y se pierden al cerrar la aplicación. Instale y desbloquee un Secret Service como gnome-keyring o KeePassXC (el Llavero de macOS y el Administrador de credenciales de Windows funcionan sin configurar nada).</translation>
    </message>
    <message>
        <source>The keyring ({keyring}) could not be read ({detail}). Unlock it and try again.</source>
        <translation>No se pudo leer el llavero ({keyring}) ({detail}). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring ({keyring}) could not delete the secrets of &apos;{name}&apos; ({detail}). Unlock it and try again.</source>
        <translation>El llavero ({keyring}) no pudo borrar los secretos de «{name}» ({detail}). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring entry of this account is not readable; remove the account and add it again.</source>
        <translation>La entrada del llavero de esta cuenta no se puede leer; quite la cuenta y vuelva a añadirla.</translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>the chosen account</source>
        <translation>la cuenta elegida</translation>
    </message>
    <message>
        <source>All available</source>
        <translation>Todas las disponibles</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>{selected} of %n available metrics selected</source>
        <translation>
            <numerusform>{selected} de %n métrica disponible seleccionadas</numerusform>
            <numerusform>{selected} de %n métricas disponibles seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>PIN shown after you authorize</source>
        <translation>El PIN que aparece tras autorizar</translation>
    </message>
    <message>
        <source>Finish login</source>
        <translation>Terminar el inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in as the account&apos;s user at &lt;a href=&apos;{url}&apos;&gt;the authorize page&lt;/a&gt; (opened in your browser), authorize the app, then type the PIN here.</source>
        <translation>Inicie sesión como el usuario de la cuenta en &lt;a href=&apos;{url}&apos;&gt;la página de autorización&lt;/a&gt; (abierta en su navegador), autorice la app y escriba aquí el PIN.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message numerus="yes">
        <source>%n posts skipped: {message}</source>
        <translation>
            <numerusform>%n publicación omitida: {message}</numerusform>
            <numerusform>%n publicaciones omitidas: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Agrupaciones</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>The first request, as curl would send it; secrets are masked.</source>
        <translation>La primera solicitud, tal como la enviaría curl; los secretos van enmascarados.</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>Copiar el comando curl</translation>
    </message>
    <message>
        <source>First request:</source>
        <translation>Primera solicitud:</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before this query can run:</source>
        <translation>
            <numerusform>%n cosa que corregir antes de poder ejecutar esta consulta:</numerusform>
            <numerusform>%n cosas que corregir antes de poder ejecutar esta consulta:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>{duration} at {rate} requests a minute (the limit the server announced).</source>
        <translation>{duration} a {rate} solicitudes por minuto (el límite que anunció el servidor).</translation>
    </message>
    <message>
        <source>{duration} at {rate} requests a minute (the endpoint&apos;s declared limit, until a run learns the server&apos;s own).</source>
        <translation>{duration} a {rate} solicitudes por minuto (el límite declarado del endpoint, hasta que una ejecución conozca el del servidor).</translation>
    </message>
    <message numerus="yes">
        <source>The owners of %n posts are looked up when the run starts; their requests are counted then.</source>
        <translation>
            <numerusform>El propietario de %n publicación se busca al iniciar la ejecución; sus solicitudes se cuentan entonces.</numerusform>
            <numerusform>Los propietarios de %n publicaciones se buscan al iniciar la ejecución; sus solicitudes se cuentan entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %n new @handles to this month&apos;s bill: </source>
        <translation>
            <numerusform>Añade %n @handle nuevo a la factura de este mes: </numerusform>
            <numerusform>Añade %n @handles nuevos a la factura de este mes: </numerusform>
        </translation>
    </message>
    <message>
        <source>The posts&apos; owners are known only once the run starts, so new @handles cannot be counted beforehand.</source>
        <translation>Los propietarios de las publicaciones solo se conocen al iniciar la ejecución, así que los @handles nuevos no se pueden contar antes.</translation>
    </message>
    <message>
        <source>No new @handles this month.</source>
        <translation>Ningún @handle nuevo este mes.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Posted {posted}, more than {days} days ago: {missing} for it, so they were not asked for.</source>
        <translation>Publicada el {posted}, hace más de {days} días: {missing} para ella, así que no se pidieron.</translation>
    </message>
    <message>
        <source>Posted {posted}, after the end of the range ({end}): it has no engagement in it, so it was not asked about.</source>
        <translation>Publicada el {posted}, después del fin del intervalo ({end}): no tiene interacciones en él, así que no se preguntó por ella.</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>see `engagement-desktop plugins`.</source>
        <translation>vea `engagement-desktop plugins`.</translation>
    </message>
    <message>
        <source>see Help → Plugins.</source>
        <translation>vea Ayuda → Plugins.</translation>
    </message>
    <message>
        <source>the plugin &apos;{name}&apos; ({source}) failed and was skipped: {error}; {see}</source>
        <translation>el plugin «{name}» ({source}) falló y se omitió: {error}; {see}</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportador</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message numerus="yes">
        <source>%n plugins loaded</source>
        <translation>
            <numerusform>%n plugin cargado</numerusform>
            <numerusform>%n plugins cargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>This app speaks plugin API {version}; drop-in plugins go in the user plugin folder (Help → About shows where).</source>
        <translation>Esta aplicación usa la API de plugins {version}; los plugins sueltos van en la carpeta de plugins del usuario (Ayuda → Acerca de muestra dónde).</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Open the last workspace when the app starts</source>
        <translation>Abrir el último espacio de trabajo al iniciar la aplicación</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> solicitudes</translation>
    </message>
    <message>
        <source>Long runs use the account&apos;s rate limit for a while; the app asks before starting one.</source>
        <translation>Las ejecuciones largas consumen el límite de frecuencia de la cuenta durante un rato; la aplicación pregunta antes de iniciar una.</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automático (el idioma del sistema)</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Ask before running more than</source>
        <translation>Preguntar antes de ejecutar más de</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>X did not serve this post: it was deleted, or is otherwise not available.</source>
        <translation>X no sirvió esta publicación: se eliminó o no está disponible por otro motivo.</translation>
    </message>
    <message>
        <source>Open the post on x.com to check; remove its ID from the query if it is gone.</source>
        <translation>Abra la publicación en x.com para comprobarlo; quite su ID de la consulta si ya no existe.</translation>
    </message>
    <message>
        <source>Protected account</source>
        <translation>Cuenta protegida</translation>
    </message>
    <message>
        <source>The post is from a protected account, so the API returns nothing for it.</source>
        <translation>La publicación es de una cuenta protegida, así que la API no devuelve nada de ella.</translation>
    </message>
    <message>
        <source>Add the account that owns the post and run again with account &apos;auto&apos;, or remove the ID.</source>
        <translation>Añada la cuenta propietaria de la publicación y vuelva a ejecutar con la cuenta «auto», o quite el ID.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>The account used may not read this post: its user does not own the post, or the metric needs a user (OAuth) token rather than an app bearer token.</source>
        <translation>La cuenta usada no puede leer esta publicación: su usuario no es el propietario, o la métrica necesita un token de usuario (OAuth) en lugar de un bearer token de la app.</translation>
    </message>
    <message>
        <source>Add the post owner&apos;s account (Accounts…) and use account &apos;auto&apos;, or untick the metrics that need user context.</source>
        <translation>Añada la cuenta del propietario de la publicación (Cuentas…) y use la cuenta «auto», o desmarque las métricas que necesitan contexto de usuario.</translation>
    </message>
    <message>
        <source>No video views (post older than 1800 days)</source>
        <translation>Sin reproducciones de video (publicación de más de 1800 días)</translation>
    </message>
    <message>
        <source>X keeps video views only for posts at most 1800 days old; for this post it returns 0, which is not a real count.</source>
        <translation>X solo guarda las reproducciones de video de publicaciones de 1800 días como máximo; para esta devuelve 0, que no es una cifra real.</translation>
    </message>
    <message>
        <source>Ignore its video views, or untick Video views for old posts.</source>
        <translation>No tenga en cuenta sus reproducciones de video, o desmarque Reproducciones de video para publicaciones antiguas.</translation>
    </message>
    <message>
        <source>No impressions/engagements (post older than 90 days)</source>
        <translation>Sin impresiones/interacciones (publicación de más de 90 días)</translation>
    </message>
    <message>
        <source>The totals endpoint gives impressions and engagements only for posts at most 90 days old.</source>
        <translation>El endpoint totals solo da impresiones e interacciones de publicaciones de 90 días como máximo.</translation>
    </message>
    <message>
        <source>Use the Historical endpoint with a date range for older posts, or untick Impressions and Engagements.</source>
        <translation>Use el endpoint Historical con un intervalo de fechas para publicaciones más antiguas, o desmarque Impresiones e Interacciones.</translation>
    </message>
    <message>
        <source>Too old for this request</source>
        <translation>Demasiado antigua para esta solicitud</translation>
    </message>
    <message>
        <source>The post is older than the API allows for this endpoint or metric, so nothing was sent for it.</source>
        <translation>La publicación es más antigua de lo que la API permite para este endpoint o métrica, así que no se envió nada para ella.</translation>
    </message>
    <message>
        <source>Pick an endpoint that reaches further back (Historical), or remove the ID.</source>
        <translation>Elija un endpoint que llegue más atrás (Historical), o quite el ID.</translation>
    </message>
    <message>
        <source>Not yet posted in this range</source>
        <translation>Aún no publicada en este intervalo</translation>
    </message>
    <message>
        <source>The post was created after the end of the requested date range, so there is nothing to count.</source>
        <translation>La publicación se creó después del fin del intervalo pedido, así que no hay nada que contar.</translation>
    </message>
    <message>
        <source>Move the end of the date range after the post&apos;s creation, or remove the ID.</source>
        <translation>Mueva el fin del intervalo a después de la creación de la publicación, o quite el ID.</translation>
    </message>
    <message>
        <source>No account owns this post</source>
        <translation>Ninguna cuenta es propietaria de esta publicación</translation>
    </message>
    <message>
        <source>Account &apos;auto&apos; sends each post with the account that owns it, and none of your accounts does.</source>
        <translation>La cuenta «auto» envía cada publicación con la cuenta propietaria, y ninguna de sus cuentas lo es.</translation>
    </message>
    <message>
        <source>Add the owner&apos;s account (Accounts…), or pick an account explicitly.</source>
        <translation>Añada la cuenta del propietario (Cuentas…), o elija una cuenta de forma explícita.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The server refused or failed this request; the message says why.</source>
        <translation>El servidor rechazó esta solicitud o falló al atenderla; el mensaje dice por qué.</translation>
    </message>
    <message>
        <source>Run again later; if it keeps failing, check the account in Accounts… (Test connection).</source>
        <translation>Vuelva a ejecutar más tarde; si sigue fallando, compruebe la cuenta en Cuentas… (Probar la conexión).</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>The server&apos;s answer grew past the most this request can legitimately be, so it was cut off and nothing of it was kept.</source>
        <translation>La respuesta del servidor superó el máximo que esta solicitud puede ocupar legítimamente, así que se cortó y no se guardó nada de ella.</translation>
    </message>
    <message>
        <source>Run again later; if it keeps happening, the server is misbehaving.</source>
        <translation>Vuelva a ejecutar más tarde; si sigue ocurriendo, el servidor no se está comportando bien.</translation>
    </message>
    <message>
        <source>Answer too slow</source>
        <translation>Respuesta demasiado lenta</translation>
    </message>
    <message>
        <source>The server was still sending its answer when the request&apos;s time was up, so it was cut off and nothing of it was kept.</source>
        <translation>El servidor seguía enviando su respuesta cuando se agotó el tiempo de la solicitud, así que se cortó y no se guardó nada de ella.</translation>
    </message>
    <message>
        <source>Run again later, or resume the job: only what is missing is fetched.</source>
        <translation>Vuelva a ejecutar más tarde o reanude el trabajo: solo se obtiene lo que falta.</translation>
    </message>
    <message>
        <source>Missing from the answer</source>
        <translation>Ausente de la respuesta</translation>
    </message>
    <message>
        <source>The server answered the request but said nothing about this post.</source>
        <translation>El servidor respondió a la solicitud, pero no dijo nada de esta publicación.</translation>
    </message>
    <message>
        <source>Run again; if it stays missing, check the ID.</source>
        <translation>Vuelva a ejecutar; si sigue faltando, compruebe el ID.</translation>
    </message>
    <message>
        <source>Posts not asked for</source>
        <translation>Publicaciones por las que no se preguntó</translation>
    </message>
    <message>
        <source>The server&apos;s answer spoke of posts the request did not ask about; what it said about them was left out.</source>
        <translation>La respuesta del servidor hablaba de publicaciones por las que la solicitud no preguntó; lo que decía de ellas se ha descartado.</translation>
    </message>
    <message>
        <source>Nothing to do for the posts asked about; report it if it keeps happening.</source>
        <translation>No hay nada que hacer con las publicaciones pedidas; informe de ello si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Metrics affected</source>
        <translation>Métricas afectadas</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation>El servidor informó de un problema.</translation>
    </message>
    <message>
        <source>Run again later.</source>
        <translation>Vuelva a ejecutar más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>{title} (+%n more)</source>
        <translation>
            <numerusform>{title} (+%n más)</numerusform>
            <numerusform>{title} (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole request</source>
        <translation>Toda la solicitud</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>{meaning}

What to do: {action}

{said}</source>
        <translation>{meaning}

Qué hacer: {action}

{said}</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <source>Copy post IDs</source>
        <translation>Copiar los ID de las publicaciones</translation>
    </message>
    <message>
        <source>Copy the IDs of these posts, one a line, e.g. to take them out of the query.</source>
        <translation>Copia los ID de estas publicaciones, uno por línea, p. ej. para quitarlos de la consulta.</translation>
    </message>
    <message>
        <source>No problems: every post answered in full.</source>
        <translation>Sin problemas: todas las publicaciones respondieron por completo.</translation>
    </message>
    <message numerus="yes">
        <source>%n posts need attention: {kinds}.</source>
        <translation>
            <numerusform>%n publicación necesita atención: {kinds}.</numerusform>
            <numerusform>%n publicaciones necesitan atención: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole request</source>
        <translation>Toda la solicitud</translation>
    </message>
    <message>
        <source>Post {id}</source>
        <translation>Publicación {id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} — {title}.&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;Server said: {said}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{who} — {title}.&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; {action}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;El servidor dijo: {said}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>QueryEditor</name>
    <message>
        <source>Each post&apos;s owner (auto)</source>
        <translation>El dueño de cada publicación (automático)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Agrupaciones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{endpoint} (plugin not loaded)</source>
        <translation>{endpoint} (plugin no cargado)</translation>
    </message>
    <message>
        <source> · sandbox demo</source>
        <translation> · demostración del sandbox</translation>
    </message>
    <message>
        <source>{name} (no such account)</source>
        <translation>{name} (no existe esa cuenta)</translation>
    </message>
    <message>
        <source>This endpoint&apos;s plugin is not loaded; see Help → Plugins.</source>
        <translation>El plugin de este endpoint no está cargado; vea Ayuda → Plugins.</translation>
    </message>
</context>
<context>
    <name>RateHints</name>
    <message>
        <source>{names}: needs {metric}, which this endpoint and account cannot ask for.</source>
        <translation>{names}: necesita {metric}, que este endpoint y esta cuenta no pueden pedir.</translation>
    </message>
    <message>
        <source>Add {metric}</source>
        <translation>Añadir {metric}</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>{what} ({metric}) divided by impressions, both summed over the row.</source>
        <translation>{what} ({metric}) dividido entre impresiones, ambos sumados en la fila.</translation>
    </message>
    <message>
        <source>Video completions divided by video starts (X API v2), both summed over the row.</source>
        <translation>Reproducciones completas de video divididas entre inicios de video (X API v2), ambos sumados en la fila.</translation>
    </message>
    <message>
        <source>{names}: needs {metric}.</source>
        <translation>{names}: necesita {metric}.</translation>
    </message>
</context>
<context>
    <name>RegroupBar</name>
    <message>
        <source>hourly numbers (group by engagement.hour, or v2 granularity Hourly)</source>
        <translation>cifras por hora (agrupe por engagement.hour, o granularidad v2 Hourly)</translation>
    </message>
    <message>
        <source>daily or hourly numbers</source>
        <translation>cifras por día o por hora</translation>
    </message>
    <message>
        <source>weekly, daily or hourly numbers</source>
        <translation>cifras por semana, por día o por hora</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diarias</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanales</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>The results hold numbers at more than one granularity; a tree sums one of them so nothing is counted twice.</source>
        <translation>Los resultados tienen cifras con más de una granularidad; un árbol suma solo una para no contar nada dos veces.</translation>
    </message>
    <message>
        <source>other numbers</source>
        <translation>otras cifras</translation>
    </message>
    <message>
        <source>These results cannot be grouped by {dimension}: that needs {needs}.</source>
        <translation>Estos resultados no se pueden agrupar por {dimension}: hacen falta {needs}.</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Window (UTC)</source>
        <translation>Ventana (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reanudada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n publicación</numerusform>
            <numerusform>%n publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>toda la vida</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>No requests yet.</source>
        <translation>Aún no hay solicitudes.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n requests done</source>
        <translation>
            <numerusform>{done} de %n solicitud hechas</numerusform>
            <numerusform>{done} de %n solicitudes hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n reintento</numerusform>
            <numerusform>%n reintentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultTree</name>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Todas las publicaciones</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>semana del {date}</translation>
    </message>
    <message>
        <source>{group} {label} holds several metrics, so no sum is shown: expand it, or group by metric first.</source>
        <translation>{group} {label} reúne varias métricas, así que no se muestra ninguna suma: despliéguelo o agrupe primero por métrica.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Value (sum)</source>
        <translation>Valor (suma)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>The run stopped.</source>
        <translation>La ejecución se detuvo.</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The job cannot be resumed</source>
        <translation>El trabajo no se puede reanudar</translation>
    </message>
    <message>
        <source>The query cannot run yet</source>
        <translation>La consulta aún no se puede ejecutar</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Corrija esto primero:</translation>
    </message>
    <message numerus="yes">
        <source>Looking up who owns %n posts…</source>
        <translation>
            <numerusform>Buscando quién es propietario de %n publicación…</numerusform>
            <numerusform>Buscando quién es propietario de %n publicaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>A long run</source>
        <translation>Una ejecución larga</translation>
    </message>
    <message numerus="yes">
        <source>This query sends %n requests ({duration}). Run it?</source>
        <translation>
            <numerusform>Esta consulta envía %n solicitud ({duration}). ¿Ejecutarla?</numerusform>
            <numerusform>Esta consulta envía %n solicitudes ({duration}). ¿Ejecutarla?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming job {job}…</source>
        <translation>Reanudando el trabajo {job}…</translation>
    </message>
    <message>
        <source>Running &apos;{name}&apos;…</source>
        <translation>Ejecutando «{name}»…</translation>
    </message>
    <message>
        <source>Cancelled while looking up the posts&apos; owners; nothing was sent.</source>
        <translation>Cancelada mientras se buscaban los propietarios de las publicaciones; no se envió nada.</translation>
    </message>
    <message>
        <source>The posts&apos; owners could not be looked up: {error}</source>
        <translation>No se pudieron buscar los propietarios de las publicaciones: {error}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%n requests failed; see Problems.</source>
        <translation>
            <numerusform>Falló %n solicitud; vea Problemas.</numerusform>
            <numerusform>Fallaron %n solicitudes; vea Problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n values</source>
        <translation>
            <numerusform>Cancelada: %n valor</numerusform>
            <numerusform>Cancelada: %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n values</source>
        <translation>
            <numerusform>Terminada: %n valor</numerusform>
            <numerusform>Terminada: %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests failed</source>
        <translation>
            <numerusform>falló %n solicitud</numerusform>
            <numerusform>fallaron %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems — see the Problems tab.</source>
        <translation>
            <numerusform>%n problema — vea la pestaña Problemas.</numerusform>
            <numerusform>%n problemas — vea la pestaña Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped.</source>
        <translation>La ejecución se detuvo.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>La ejecución se detuvo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Unknown file type</source>
        <translation>Tipo de archivo desconocido</translation>
    </message>
    <message>
        <source>Cannot export there</source>
        <translation>No se puede exportar ahí</translation>
    </message>
    <message>
        <source>Exporting to {target}…</source>
        <translation>Exportando a {target}…</translation>
    </message>
    <message>
        <source>Exporting to {target}… {percent} %</source>
        <translation>Exportando a {target}… {percent} %</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Exportado a {target}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Could not write {target}:</source>
        <translation>No se pudo escribir {target}:</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Run a query first; its values can then be exported. A run whose requests all failed has none: the Problems tab says why.</source>
        <translation>Ejecute primero una consulta; después se pueden exportar sus valores. Una ejecución cuyas solicitudes fallaron todas no tiene ninguno: la pestaña Problemas dice por qué.</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>estimating time left</source>
        <translation>calculando el tiempo restante</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>quedan {duration}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the request under way (Esc). Rows already received are kept, and the run can be resumed later.</source>
        <translation>Detener tras la solicitud en curso (Esc). Las filas ya recibidas se conservan y la ejecución puede reanudarse más tarde.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n requests</source>
        <translation>
            <numerusform>{done} de %n solicitud</numerusform>
            <numerusform>{done} de %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n reintento</numerusform>
            <numerusform>%n reintentos</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limit {remaining}/{limit} left this minute</source>
        <translation>límite de frecuencia: quedan {remaining}/{limit} en este minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after {requests} ({took}). The rows so far are shown</source>
        <translation>Cancelada tras {requests} ({took}). Se muestran las filas recibidas hasta ahora</translation>
    </message>
    <message>
        <source>; Resume (Ctrl+Shift+R) fetches the rest of job {job}.</source>
        <translation>; Reanudar (Ctrl+Mayús+R) obtiene el resto del trabajo {job}.</translation>
    </message>
    <message>
        <source>Done: {requests} in {took}</source>
        <translation>Terminada: {requests} en {took}</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see Problems and Requests)</source>
        <translation>
            <numerusform>, %n con error (vea Problemas y Solicitudes)</numerusform>
            <numerusform>, %n con error (vea Problemas y Solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the request under way…</source>
        <translation>Cancelando tras la solicitud en curso…</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <source>The query cannot run:</source>
        <translation>La consulta no se puede ejecutar:</translation>
    </message>
    <message>
        <source>The run stopped: {error}. The rows received so far are kept; run again to fetch the rest.</source>
        <translation>La ejecución se detuvo: {error}. Se conservan las filas recibidas hasta ahora; vuelva a ejecutar para obtener el resto.</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox — demo data.&lt;/b&gt; No account is set up, so the app runs on its built-in emulator of the X APIs: every number you see is synthetic.</source>
        <translation>&lt;b&gt;Sandbox — datos de demostración.&lt;/b&gt; No hay ninguna cuenta configurada, así que la aplicación usa su emulador integrado de las API de X: todas las cifras que ve son sintéticas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox — demo data.&lt;/b&gt; A query of this workspace uses a sandbox account: its numbers come from the built-in emulator of the X APIs and are synthetic.</source>
        <translation>&lt;b&gt;Sandbox — datos de demostración.&lt;/b&gt; Una consulta de este espacio de trabajo usa una cuenta del sandbox: sus cifras vienen del emulador integrado de las API de X y son sintéticas.</translation>
    </message>
    <message>
        <source>Add a real account…</source>
        <translation>Añadir una cuenta real…</translation>
    </message>
</context>
<context>
    <name>SlotGuard</name>
    <message>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
    <message>
        <source>What you had is kept.</source>
        <translation>Lo que tenía se conserva.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>What you had is kept. If this keeps happening, the log file has the details.</source>
        <translation>Lo que tenía se conserva. Si vuelve a ocurrir, el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>Could not finish {doing}.</source>
        <translation>No se pudo {doing}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Loading plugins…</source>
        <translation>Cargando los plugins…</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Leyendo las cuentas…</translation>
    </message>
    <message>
        <source>Building the window…</source>
        <translation>Construyendo la ventana…</translation>
    </message>
    <message>
        <source>Something went wrong while starting ({error}). The details are in the log, in {logs}.</source>
        <translation>Algo salió mal al iniciar ({error}). Los detalles están en el registro, en {logs}.</translation>
    </message>
    <message>
        <source>Engagement Desktop cannot start</source>
        <translation>Engagement Desktop no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>rate: not used yet</source>
        <translation>cupo: sin usar aún</translation>
    </message>
    <message>
        <source>Requests left in this minute, as the server last reported.</source>
        <translation>Solicitudes que quedan en este minuto, según lo último que informó el servidor.</translation>
    </message>
    <message>
        <source>Unique post-owner @handles queried this month (UTC): what enterprise billing counts.</source>
        <translation>@handles únicos de dueños de publicaciones consultados este mes (UTC): lo que cuenta la facturación empresarial.</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Cuenta: {account}</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Ninguna cuenta elegida</translation>
    </message>
    <message>
        <source>@handles this month: {count}</source>
        <translation>@handles este mes: {count}</translation>
    </message>
    <message>
        <source>rate: {remaining}/{limit} left</source>
        <translation>cupo libre: {remaining}/{limit}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>account list</source>
        <translation>la lista de cuentas</translation>
    </message>
    <message>
        <source>the app starts with no accounts. Add them again (their keyring secrets are still there under the same names).</source>
        <translation>la aplicación empieza sin cuentas. Vuelva a añadirlas (sus secretos siguen en el llavero con los mismos nombres).</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it has no list of accounts</source>
        <translation>no tiene ninguna lista de cuentas</translation>
    </message>
    <message>
        <source>account {number} is not a set of named fields</source>
        <translation>la cuenta {number} no es un conjunto de campos con nombre</translation>
    </message>
    <message>
        <source>account {number} has no {field}</source>
        <translation>la cuenta {number} no tiene {field}</translation>
    </message>
    <message>
        <source>account {number} cannot be used: {why}</source>
        <translation>la cuenta {number} no se puede usar: {why}</translation>
    </message>
    <message>
        <source>@handle usage ledger</source>
        <translation>el registro de uso de @handles</translation>
    </message>
    <message>
        <source>counting starts afresh.</source>
        <translation>el recuento empieza de cero.</translation>
    </message>
    <message>
        <source>app folder</source>
        <translation>la carpeta de la aplicación</translation>
    </message>
    <message>
        <source>job journal</source>
        <translation>el diario de trabajos</translation>
    </message>
    <message>
        <source>a new one was started. Jobs begun before cannot be resumed.</source>
        <translation>se ha empezado un archivo nuevo. Los trabajos iniciados antes no se pueden reanudar.</translation>
    </message>
    <message>
        <source>post owner cache</source>
        <translation>la caché de propietarios de publicaciones</translation>
    </message>
    <message>
        <source>a new one was started; owners are looked up again.</source>
        <translation>se ha empezado un archivo nuevo; los propietarios se vuelven a buscar.</translation>
    </message>
    <message>
        <source>it is not a map of post IDs to @handles</source>
        <translation>no es una correspondencia de ID de publicación a @handles</translation>
    </message>
    <message>
        <source>it or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>it cannot be opened there (a read-only folder, or no permission)</source>
        <translation>no se puede abrir ahí (una carpeta de solo lectura, o sin permiso)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the system does not permit it</source>
        <translation>el sistema no lo permite</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>se deniega el permiso</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la cuota de disco está agotada</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>hay un archivo donde debería haber una carpeta</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <source>a folder stands where the file should be</source>
        <translation>hay una carpeta donde debería estar el archivo</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <source>The {what} ({path}) cannot be written: {reason}. Free some space or make the folder writable, then try again.</source>
        <translation>No se puede escribir en {what} ({path}): {reason}. Libere espacio o permita escribir en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>el sistema lo rechazó ({code})</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>el sistema lo rechazó</translation>
    </message>
    <message>
        <source>log file</source>
        <translation>el archivo de registro</translation>
    </message>
    <message>
        <source>The {what} was damaged ({reason}); it was kept as {aside} and {afterwards}</source>
        <translation>Se encontraron daños en {what} ({reason}); se ha guardado aparte como {aside} y {afterwards}</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>no es un archivo de base de datos</translation>
    </message>
    <message>
        <source>the database inside it is damaged</source>
        <translation>la base de datos que contiene está dañada</translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation>SQLite no puede leerlo</translation>
    </message>
    <message>
        <source>the rows of a fetched step cannot be read</source>
        <translation>no se pueden leer las filas de un paso ya obtenido</translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation>no se puede leer su contenido</translation>
    </message>
    <message>
        <source>its table &apos;{table}&apos; has the columns {have}, not {want}: it was not written by this app</source>
        <translation>su tabla «{table}» tiene las columnas {have}, no {want}: no lo escribió esta aplicación</translation>
    </message>
</context>
<context>
    <name>TokenLogins</name>
    <message>
        <source>Get bearer token</source>
        <translation>Obtener bearer token</translation>
    </message>
    <message>
        <source>Asking for an app-only bearer token…</source>
        <translation>Pidiendo un bearer token solo de la app…</translation>
    </message>
    <message>
        <source>Stored a new app-only bearer token for &apos;{name}&apos;.</source>
        <translation>Se guardó un nuevo bearer token solo de la app para «{name}».</translation>
    </message>
    <message>
        <source>Log in with PIN</source>
        <translation>Iniciar sesión con PIN</translation>
    </message>
    <message>
        <source>Asking X for a login link…</source>
        <translation>Pidiendo a X un enlace de inicio de sesión…</translation>
    </message>
    <message>
        <source>Type the app&apos;s consumer key and secret first, then press {button}.</source>
        <translation>Escriba primero la consumer key y el consumer secret de la app y después pulse {button}.</translation>
    </message>
    <message>
        <source>The PIN login of &apos;{name}&apos; was dropped when you selected another account.</source>
        <translation>El inicio de sesión con PIN de «{name}» se abandonó al seleccionar otra cuenta.</translation>
    </message>
    <message>
        <source>Waiting for the PIN…</source>
        <translation>Esperando el PIN…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <source>Logged in &apos;{name}&apos; as @{handle}.</source>
        <translation>Sesión iniciada en «{name}» como @{handle}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was removed meanwhile, so nothing was stored.</source>
        <translation>«{name}» se quitó mientras tanto, así que no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>The consumer key or secret was refused</source>
        <translation>Se rechazó la consumer key o el consumer secret</translation>
    </message>
    <message>
        <source>getting an app-only bearer token</source>
        <translation>obtener un bearer token solo de la app</translation>
    </message>
    <message>
        <source>the bearer token</source>
        <translation>el bearer token</translation>
    </message>
    <message>
        <source>starting the PIN login</source>
        <translation>empezar el inicio de sesión con PIN</translation>
    </message>
    <message>
        <source>the request token</source>
        <translation>el request token</translation>
    </message>
    <message>
        <source>Type the PIN shown after you authorized the app (a short number).</source>
        <translation>Escriba el PIN que se mostró tras autorizar la app (un número corto).</translation>
    </message>
    <message>
        <source>finishing the PIN login</source>
        <translation>terminar el inicio de sesión con PIN</translation>
    </message>
    <message>
        <source>The PIN was not accepted (mistyped, already used or expired); start the login again for a new one</source>
        <translation>No se aceptó el PIN (mal escrito, ya usado o caducado); vuelva a iniciar sesión para obtener uno nuevo</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>el access token</translation>
    </message>
    <message>
        <source>No answer from {url} while {doing}; check the connection and the account&apos;s base URL, then try again.</source>
        <translation>No hubo respuesta de {url} al {doing}; compruebe la conexión y la URL base de la cuenta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach {url} while {doing}: {reason}. Check the connection and the account&apos;s base URL.</source>
        <translation>No se pudo contactar con {url} al {doing}: {reason}. Compruebe la conexión y la URL base de la cuenta.</translation>
    </message>
    <message>
        <source>{refused} (HTTP {status}{words}).</source>
        <translation>{refused} (HTTP {status}{words}).</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}{words} while {doing}; try again later.</source>
        <translation>El servidor respondió HTTP {status}{words} al {doing}; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The answer from {url} did not contain {what} (unreadable response); check the account&apos;s base URL and try again.</source>
        <translation>La respuesta de {url} no contenía {what} (respuesta ilegible); compruebe la URL base de la cuenta y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>The server&apos;s answer grew past {size}, more than this request&apos;s answer can legitimately be; it was cut off and nothing of it was kept. Run again later; if it keeps happening, the server is misbehaving.</source>
        <translation>La respuesta del servidor superó {size}, más de lo que puede ocupar legítimamente la respuesta a esta solicitud; se cortó y no se conservó nada de ella. Vuelva a ejecutar más tarde; si sigue ocurriendo, el servidor no se está comportando bien.</translation>
    </message>
    <message>
        <source>The server was still sending its answer after {seconds} s; it was cut off and nothing of it was kept. Run again later (resume fetches only what is missing).</source>
        <translation>El servidor seguía enviando su respuesta después de {seconds} s; se cortó y no se conservó nada de ella. Vuelva a ejecutar más tarde (al reanudar solo se obtiene lo que falta).</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} bytes</translation>
    </message>
    <message>
        <source>gave up for now: resume the job later to fetch what is missing.</source>
        <translation>se abandonó por ahora: reanude el trabajo más tarde para obtener lo que falta.</translation>
    </message>
    <message>
        <source>The server kept answering 429 (too many requests) {times} times in a row; {resume}</source>
        <translation>El servidor respondió 429 (demasiadas solicitudes) {times} veces seguidas; {resume}</translation>
    </message>
    <message>
        <source>Gave up after {tries} tries: {detail}</source>
        <translation>Se abandonó tras {tries} intentos: {detail}</translation>
    </message>
    <message>
        <source>The server has answered only 429 (too many requests) for {minutes} minutes; {resume}</source>
        <translation>El servidor solo ha respondido 429 (demasiadas solicitudes) durante {minutes} minutos; {resume}</translation>
    </message>
    <message>
        <source>too many requests (HTTP 429)</source>
        <translation>demasiadas solicitudes (HTTP 429)</translation>
    </message>
    <message>
        <source>server error (HTTP {status})</source>
        <translation>error del servidor (HTTP {status})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used: {why}</source>
        <translation>«{name}» no se puede usar: {why}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se dio ningún motivo</translation>
    </message>
    <message>
        <source>the endpoint plugin failed ({detail}); tell the plugin&apos;s author</source>
        <translation>falló el plugin del endpoint ({detail}); avise al autor del plugin</translation>
    </message>
    <message>
        <source>The server refused the credentials of &apos;{account}&apos; (HTTP 401: {detail}). Check them with `engagement-desktop accounts login {account}`.</source>
        <translation>El servidor rechazó las credenciales de «{account}» (HTTP 401: {detail}). Compruébelas con `engagement-desktop accounts login {account}`.</translation>
    </message>
    <message>
        <source>The server refused the credentials of &apos;{account}&apos; (HTTP 401: {detail}). Check them in Accounts, or log in again.</source>
        <translation>El servidor rechazó las credenciales de «{account}» (HTTP 401: {detail}). Compruébelas en Cuentas o vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>The results have no {granularity} rows; they have {granularities}.</source>
        <translation>Los resultados no tienen filas de tipo {granularity}; tienen {granularities}.</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>only total</source>
        <translation>solo totales</translation>
    </message>
    <message>
        <source>hourly numbers (a query grouped by the hour, or with an hourly granularity)</source>
        <translation>cifras por hora (una consulta agrupada por hora o con granularidad por hora)</translation>
    </message>
    <message>
        <source>daily or hourly numbers</source>
        <translation>cifras por día o por hora</translation>
    </message>
    <message>
        <source>weekly, daily or hourly numbers</source>
        <translation>cifras por semana, por día o por hora</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>These results have {have} numbers, so they cannot be grouped by {dimension}: that needs {need}. Pick another grouping or run a query that asks for them.</source>
        <translation>Estos resultados tienen cifras {have}, así que no se pueden agrupar por {dimension}: para eso hacen falta {need}. Elija otra agrupación o ejecute una consulta que las pida.</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <source>Filter: a post ID, a metric, a date…</source>
        <translation>Filtrar: un ID de publicación, una métrica, una fecha…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (Ctrl+C), ready to paste into a spreadsheet.</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabuladores (Ctrl+C), listo para pegar en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>No numbers yet: press ▶ Run (Ctrl+R) to fetch them.</source>
        <translation>Aún no hay cifras: pulse ▶ Ejecutar (Ctrl+R) para obtenerlas.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{text}&apos; is an empty range; use at least &apos;last 1 day&apos;.</source>
        <translation>«{text}» es un intervalo vacío; use al menos «last 1 day».</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; reaches further back than engagement data does ({days} days); use at most &apos;last {days} days&apos;.</source>
        <translation>«{text}» llega más atrás que los datos de interacción ({days} días); use como máximo «last {days} days».</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a relative range; use &apos;last N days&apos; (N from 1 to 365), &apos;yesterday&apos;, &apos;this month&apos; or &apos;last month&apos;.</source>
        <translation>«{text}» no es un intervalo relativo; use «last N days» (N de 1 a 365), «yesterday», «this month» o «last month».</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint has no date range; clear the range &apos;{range}&apos;.</source>
        <translation>El endpoint {endpoint} no tiene intervalo de fechas; borre el intervalo «{range}».</translation>
    </message>
    <message>
        <source>an app-only bearer account</source>
        <translation>una cuenta bearer solo de la app</translation>
    </message>
    <message>
        <source>an OAuth 1.0a user account</source>
        <translation>una cuenta de usuario OAuth 1.0a</translation>
    </message>
    <message>
        <source>an OAuth 2.0 user account</source>
        <translation>una cuenta de usuario OAuth 2.0</translation>
    </message>
    <message>
        <source>it gives lifetime totals at request time</source>
        <translation>da totales de toda la vida en el momento de la solicitud</translation>
    </message>
    <message>
        <source>it always covers the last 28 hours</source>
        <translation>siempre abarca las últimas 28 horas</translation>
    </message>
    <message>
        <source>none are loaded</source>
        <translation>no hay ninguno cargado</translation>
    </message>
    <message>
        <source>There is no endpoint named &apos;{endpoint}&apos;; pick one of: {known}.</source>
        <translation>No hay ningún endpoint llamado «{endpoint}»; elija uno de: {known}.</translation>
    </message>
    <message>
        <source>No endpoint is chosen; pick one of: {known}.</source>
        <translation>No se ha elegido ningún endpoint; elija uno de: {known}.</translation>
    </message>
    <message>
        <source>Choose the account to send these requests with.</source>
        <translation>Elija la cuenta con la que enviar estas solicitudes.</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is {kind}, which the {endpoint} endpoint does not accept; pick {accepted} of the posts&apos; owner.</source>
        <translation>«{account}» es {kind}, que el endpoint {endpoint} no acepta; elija {accepted} del propietario de las publicaciones.</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is {kind}, which the {endpoint} endpoint does not accept; pick {accepted}.</source>
        <translation>«{account}» es {kind}, que el endpoint {endpoint} no acepta; elija {accepted}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>“{token}” is not a post ID: {reason}. Fix it or remove it.</source>
        <translation>«{token}» no es un ID de publicación: {reason}. Corríjalo o quítelo.</translation>
    </message>
    <message>
        <source>There are no post IDs; add at least one ID or status URL (https://x.com/&lt;handle&gt;/status/&lt;ID&gt;).</source>
        <translation>No hay ID de publicaciones; añada al menos un ID o una URL de estado (https://x.com/&lt;handle&gt;/status/&lt;ID&gt;).</translation>
    </message>
    <message>
        <source>Pick at least one metric; {endpoint} serves {metrics}.</source>
        <translation>Elija al menos una métrica; {endpoint} ofrece {metrics}.</translation>
    </message>
    <message>
        <source>{label} ({metric}) is not served by the {endpoint} endpoint; remove it, or ask {others} for it.</source>
        <translation>El endpoint {endpoint} no ofrece {label} ({metric}); quítela o pídasela a {others}.</translation>
    </message>
    <message>
        <source>{label} ({metric}) on {endpoint} needs a user-context account; &apos;{account}&apos; is an app-only bearer account. Remove the metric or pick an OAuth 1.0a user account.</source>
        <translation>{label} ({metric}) en {endpoint} necesita una cuenta con contexto de usuario; «{account}» es una cuenta bearer solo de la app. Quite la métrica o elija una cuenta de usuario OAuth 1.0a.</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is not a metric; did you mean {close}?</source>
        <translation>«{written}» no es una métrica; ¿quería decir {close}?</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is not a metric; {endpoint} serves {metrics}.</source>
        <translation>«{written}» no es una métrica; {endpoint} ofrece {metrics}.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint has no granularity (its groupings decide the buckets); clear it.</source>
        <translation>El endpoint {endpoint} no tiene granularidad (sus agrupaciones deciden los tramos); déjela vacía.</translation>
    </message>
    <message>
        <source>Pick a granularity: {allowed}.</source>
        <translation>Elija una granularidad: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a granularity of {endpoint}; use one of {allowed}.</source>
        <translation>«{value}» no es una granularidad de {endpoint}; use una de {allowed}.</translation>
    </message>
    <message>
        <source>it has no start or end</source>
        <translation>no tiene inicio ni fin</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint has no date range ({words}); clear the start date.</source>
        <translation>El endpoint {endpoint} no tiene intervalo de fechas ({words}); borre la fecha de inicio.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint has no date range ({words}); clear the end date.</source>
        <translation>El endpoint {endpoint} no tiene intervalo de fechas ({words}); borre la fecha de fin.</translation>
    </message>
    <message>
        <source>Give the end date too, or clear the start date to ask for the last 4 weeks.</source>
        <translation>Indique también la fecha de fin, o borre la de inicio para pedir las últimas 4 semanas.</translation>
    </message>
    <message>
        <source>Give the start date too, or clear the end date to ask for the last 4 weeks.</source>
        <translation>Indique también la fecha de inicio, o borre la de fin para pedir las últimas 4 semanas.</translation>
    </message>
    <message>
        <source>The end {end} is in the future; pick an end no later than now ({now}), or clear both dates to ask for the last 4 weeks.</source>
        <translation>El fin {end} está en el futuro; elija un fin no posterior a ahora ({now}), o borre las dos fechas para pedir las últimas 4 semanas.</translation>
    </message>
    <message>
        <source>The end {end} must be after the start {start}.</source>
        <translation>El fin {end} debe ser posterior al inicio {start}.</translation>
    </message>
    <message>
        <source>The range is {days} days long; a query covers at most {most} days (sent as 4-week requests). Shorten it.</source>
        <translation>El intervalo dura {days} días; una consulta abarca como máximo {most} días (enviados en solicitudes de 4 semanas). Acórtelo.</translation>
    </message>
    <message>
        <source>The start {start} is before {earliest}, the earliest date the API has data for, and engagement data reaches back only {days} days anyway; pick a start on or after {first}.</source>
        <translation>El inicio {start} es anterior a {earliest}, la primera fecha de la que la API tiene datos, y de todos modos los datos de interacción solo llegan {days} días atrás; elija un inicio a partir del {first}.</translation>
    </message>
    <message>
        <source>The start {start} is before {earliest}, the earliest date the API has data for; pick a start on or after {first}.</source>
        <translation>El inicio {start} es anterior a {earliest}, la primera fecha de la que la API tiene datos; elija un inicio a partir del {first}.</translation>
    </message>
    <message>
        <source>The start {start} is more than {days} days ago; engagement data reaches back {days} days, so pick a start on or after {first}.</source>
        <translation>El inicio {start} es de hace más de {days} días; los datos de interacción llegan {days} días atrás, así que elija un inicio a partir del {first}.</translation>
    </message>
    <message>
        <source>&apos;{preset}&apos; compares periods, and the {endpoint} endpoint has no date range; pick a range endpoint (historical) or compare each post with its @handle&apos;s median post ({median}).</source>
        <translation>«{preset}» compara periodos, y el endpoint {endpoint} no tiene intervalo de fechas; elija un endpoint con intervalo (historical) o compare cada publicación con la publicación mediana de su @handle ({median}).</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>query 1</source>
        <translation>consulta 1</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (datos de demostración)</translation>
    </message>
    <message>
        <source>A query is running</source>
        <translation>Hay una consulta en curso</translation>
    </message>
    <message>
        <source>Cancel the running query and close?</source>
        <translation>¿Cancelar la consulta en curso y cerrar?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>un texto o null</translation>
    </message>
    <message>
        <source>an object of grouping name → list of group_by values</source>
        <translation>un objeto de nombre de agrupación → lista de valores de group_by</translation>
    </message>
    <message>
        <source>There is no workspace file {path}.</source>
        <translation>No existe el archivo de espacio de trabajo {path}.</translation>
    </message>
    <message>
        <source>{path} is not a workspace: it is not UTF-8 text.</source>
        <translation>{path} no es un espacio de trabajo: no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a workspace: it is not a regular file (a pipe, a device or a socket). Open a .json file.</source>
        <translation>{path} no es un espacio de trabajo: no es un archivo normal (una tubería, un dispositivo o un socket). Abra un archivo .json.</translation>
    </message>
    <message>
        <source>{path} is not a workspace: it is larger than {megabytes} MB. Open another file.</source>
        <translation>{path} no es un espacio de trabajo: ocupa más de {megabytes} MB. Abra otro archivo.</translation>
    </message>
    <message>
        <source>{source} is empty; it holds no workspace. Open another file.</source>
        <translation>{source} está vacío; no contiene ningún espacio de trabajo. Abra otro archivo.</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {error}. Fix it or open another file; it was left as it is.</source>
        <translation>{source} no es JSON válido: {error}. Corríjalo o abra otro archivo; se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>{source} is not a workspace: it holds {found}, not an object with format_version, name and queries.</source>
        <translation>{source} no es un espacio de trabajo: contiene {found}, no un objeto con format_version, name y queries.</translation>
    </message>
    <message>
        <source>a list of queries</source>
        <translation>una lista de consultas</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>{source} has values of the wrong type; fix them or open another file (it was left as it is):
{lines}</source>
        <translation>{source} tiene valores del tipo equivocado; corríjalos o abra otro archivo (se ha dejado tal como estaba):
{lines}</translation>
    </message>
    <message>
        <source>{path} cannot be saved: {reason}.</source>
        <translation>No se puede guardar {path}: {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a workspace: it has no format_version number.</source>
        <translation>{source} no es un espacio de trabajo: no tiene un número format_version.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Engagement Desktop (workspace format {version}; this version reads format {readable}). Update Engagement Desktop to open it; the file was left as it is.</source>
        <translation>{source} lo escribió un Engagement Desktop más reciente (formato de espacio de trabajo {version}; esta versión lee el formato {readable}). Actualice Engagement Desktop para abrirlo; el archivo se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>{source} has workspace format {version}, which this version cannot read (it reads format {readable}).</source>
        <translation>{source} tiene el formato de espacio de trabajo {version}, que esta versión no puede leer (lee el formato {readable}).</translation>
    </message>
    <message>
        <source> (it has “{key}”: is that key misspelled?)</source>
        <translation> (tiene «{key}»: ¿está mal escrita esa clave?)</translation>
    </message>
    <message>
        <source>{source} has no “queries” list, where a workspace keeps its queries{hint}. Fix the key or open another file; it was left as it is.</source>
        <translation>{source} no tiene la lista «queries», donde un espacio de trabajo guarda sus consultas{hint}. Corrija la clave o abra otro archivo; se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>{where} holds a character that is not text (an unpaired surrogate escape such as \udcff); retype it</source>
        <translation>{where} contiene un carácter que no es texto (un escape de sustituto suelto como \udcff); vuelva a escribirlo</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}</source>
        <translation>{where} debe ser {expected}, no {found}</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>el número {value}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
</context>
<context>
    <name>WorkspaceIO</name>
    <message>
        <source>Engagement workspaces (*.json);;All files (*)</source>
        <translation>Espacios de trabajo de Engagement (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Recover your work?</source>
        <translation>¿Recuperar su trabajo?</translation>
    </message>
    <message>
        <source>Engagement Desktop did not close properly last time. Open the copy of your workspace it saved automatically?</source>
        <translation>Engagement Desktop no se cerró correctamente la última vez. ¿Abrir la copia de su espacio de trabajo que guardó automáticamente?</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &apos;{name}&apos;?</source>
        <translation>¿Guardar los cambios en «{name}»?</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>No se puede guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Your work is still open; try another folder.</source>
        <translation>Su trabajo sigue abierto; pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>Rename &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Renombrar «{old}» como «{new}»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a new query</source>
        <translation>Añadir una consulta nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected query</source>
        <translation>Copiar la consulta seleccionada</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the selected query</source>
        <translation>Renombrar la consulta seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected query (Ctrl+Z brings it back)</source>
        <translation>Eliminar la consulta seleccionada (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>new query</source>
        <translation>nueva consulta</translation>
    </message>
    <message>
        <source>Add &apos;{name}&apos;</source>
        <translation>Añadir «{name}»</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} copia</translation>
    </message>
    <message>
        <source>Duplicate &apos;{name}&apos;</source>
        <translation>Duplicar «{name}»</translation>
    </message>
    <message>
        <source>Rename query</source>
        <translation>Renombrar consulta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos;</source>
        <translation>Eliminar «{name}»</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>The time zone of weekdays, days and hours (the API counts in UTC; daylight-saving changes are taken into account).</source>
        <translation>La zona horaria de los días de la semana, días y horas (la API cuenta en UTC; se tienen en cuenta los cambios de horario de verano).</translation>
    </message>
</context>
</TS>
