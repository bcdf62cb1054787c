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
        <source>■ &amp;Cancel</source>
        <translation>■ &amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the running query (Esc)</source>
        <translation>Detener la consulta en curso (Esc)</translation>
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
    <name>ComparisonView</name>
    <message>
        <source>Last 7 days vs the 28 before</source>
        <translation>Últimos 7 días frente a los 28 anteriores</translation>
    </message>
    <message>
        <source>Last 28 days vs the 365 before</source>
        <translation>Últimos 28 días frente a los 365 anteriores</translation>
    </message>
    <message>
        <source>Each post vs its @handle&apos;s median post</source>
        <translation>Cada publicación frente a la publicación mediana de su @handle</translation>
    </message>
    <message>
        <source>per post</source>
        <translation>por publicación</translation>
    </message>
    <message>
        <source>per @handle</source>
        <translation>por @handle</translation>
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
    <name>HeatmapView</name>
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
    <name>RegroupBar</name>
    <message>
        <source>hourly numbers (group by engagement.hour, or v2 granularity Hourly)</source>
        <translation>cifras por hora (agrupe por engagement.hour, o granularidad v2 Hourly)</translation>
    </message>
    <message>
        <source>daily or hourly numbers</source>
        <translation>cifras diarias o por hora</translation>
    </message>
    <message>
        <source>weekly, daily or hourly numbers</source>
        <translation>cifras semanales, diarias o por hora</translation>
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
    <name>RunController</name>
    <message>
        <source>Exporting to {target}…</source>
        <translation>Exportando a {target}…</translation>
    </message>
    <message>
        <source>Exporting to {target}… {percent} %</source>
        <translation>Exportando a {target}… {percent} %</translation>
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
        <source>; resume job {job} to fetch the rest.</source>
        <translation>; reanude el trabajo {job} para obtener el resto.</translation>
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
    <name>SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox — demo data.&lt;/b&gt; No account is set up, so the app runs on its built-in emulator of the X APIs: every number you see is synthetic.</source>
        <translation>&lt;b&gt;Sandbox — datos de demostración.&lt;/b&gt; No hay ninguna cuenta configurada, así que la aplicación usa su emulador integrado de las API de X: todas las cifras que ve son sintéticas.</translation>
    </message>
    <message>
        <source>Add a real account…</source>
        <translation>Añadir una cuenta real…</translation>
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
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
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
