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
</TS>
