<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="17"/>
        <source>Please choose a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="19"/>
        <source>A PIN is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="21"/>
        <source>The PIN needs at least {n} digits; this one has {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="25"/>
        <source>The two PINs are not the same. Please type the PIN again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../ui/patient/about.py" line="69"/>
        <source>About your treatment</source>
        <translation>Sobre su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="71"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="72"/>
        <source>‹ Previous page</source>
        <translation>‹ Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="73"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="73"/>
        <source>Shows the page before</source>
        <translation>Muestra la página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="74"/>
        <source>Next page ›</source>
        <translation>Página siguiente ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="75"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="75"/>
        <source>Shows the next page</source>
        <translation>Muestra la página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="78"/>
        <location filename="../../ui/patient/about.py" line="79"/>
        <source>Done reading</source>
        <translation>Terminé de leer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="79"/>
        <source>Goes back to the welcome screen</source>
        <translation>Vuelve a la pantalla de bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="80"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="81"/>
        <source>Scroll to read the whole page</source>
        <translation>Deslice para leer toda la página</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="70"/>
        <location filename="../../ui/nurse/admin_page.py" line="89"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="75"/>
        <source>Administration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="76"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="77"/>
        <location filename="../../ui/nurse/admin_page.py" line="246"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="78"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="82"/>
        <source>Back to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="82"/>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <location filename="../../ui/nurse/admin_page.py" line="140"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <location filename="../../ui/nurse/admin_page.py" line="141"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="103"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="104"/>
        <source>Disable the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="107"/>
        <source>New PIN for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="108"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="110"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="111"/>
        <source>Reset the selected account&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="115"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="117"/>
        <location filename="../../ui/nurse/admin_page.py" line="144"/>
        <source>again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="125"/>
        <source>New staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="128"/>
        <source>New staff member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="131"/>
        <source>New staff member&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="132"/>
        <source>New staff member&apos;s PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="134"/>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="135"/>
        <source>Add the new staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="146"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="150"/>
        <source>Selected account: new PIN or disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="152"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="164"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="166"/>
        <source>Locked until {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="170"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="199"/>
        <source>Please type the new staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="211"/>
        <source>{name} can now sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="231"/>
        <source>The PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="239"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="240"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="241"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="242"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="243"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="244"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="251"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="252"/>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="257"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="258"/>
        <source>Reload the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="297"/>
        <source>The audit log is intact: {n} events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="302"/>
        <source>The audit log has been altered: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="303"/>
        <source>unknown problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="315"/>
        <location filename="../../ui/nurse/admin_page.py" line="363"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="317"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="318"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="322"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="323"/>
        <source>Back up the clinic database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="333"/>
        <source>A backup is a complete copy of the clinic database, written to a folder inside the clinic&apos;s data folder ({where}). Copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="335"/>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="354"/>
        <source>Backups are not configured on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="358"/>
        <source>Please choose a folder inside {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="378"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="383"/>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDateScreen</name>
    <message>
        <location filename="../../ui/patient/birth.py" line="72"/>
        <source>When were you born?</source>
        <translation>¿Cuándo nació?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="74"/>
        <source>Your treatment: {date}</source>
        <translation>Su tratamiento: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="76"/>
        <source>Yes, my treatment is today</source>
        <translation>Sí, mi tratamiento es hoy</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="78"/>
        <source>Tick to confirm; if it is not today, please ask at the front desk</source>
        <translation>Marque para confirmar; si no es hoy, pregunte en recepción</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="80"/>
        <source>Continue ›</source>
        <translation>Continuar ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="81"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="81"/>
        <source>Goes on to the questions</source>
        <translation>Pasa a las preguntas</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/patient/consent.py" line="60"/>
        <location filename="../../ui/patient/consent.py" line="136"/>
        <source>Tick to agree; every box is needed</source>
        <translation>Marque para aceptar; hacen falta todas las casillas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="100"/>
        <source>Please scroll down and read to the end.</source>
        <translation>Deslice hacia abajo y lea hasta el final, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="102"/>
        <source>Please tick each box to show you agree.</source>
        <translation>Marque cada casilla para indicar que está de acuerdo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="104"/>
        <source>Thank you. You can now sign.</source>
        <translation>Gracias. Ya puede firmar.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="125"/>
        <source>Your consent</source>
        <translation>Su consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="126"/>
        <source>Continue to sign ›</source>
        <translation>Continuar para firmar ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="128"/>
        <source>Continue to sign</source>
        <translation>Continuar para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="129"/>
        <source>Available once you have read to the end and ticked every box</source>
        <translation>Disponible cuando haya leído hasta el final y marcado todas las casillas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="131"/>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="133"/>
        <source>Scroll down to read all of it; use Page Down on a keyboard</source>
        <translation>Deslice hacia abajo para leerlo todo; con un teclado, use Av Pág</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="236"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="237"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="238"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="239"/>
        <source>Day of birth</source>
        <translation>Día de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="240"/>
        <source>The day you were born, for example 7</source>
        <translation>El día en que nació, por ejemplo 7</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="241"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="242"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="243"/>
        <source>The year you were born, four digits</source>
        <translation>El año en que nació, cuatro cifras</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="244"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="245"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>DecidePage</name>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="44"/>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="52"/>
        <source>Note for the record (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="53"/>
        <source>Optional note, e.g. what you discussed with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="56"/>
        <source>Clear to proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="57"/>
        <source>Clear this patient to proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="63"/>
        <source>Reason for deferring (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="64"/>
        <source>Why the procedure should wait, in words the team will understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="66"/>
        <source>Suggest a new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="68"/>
        <source>Suggest a new procedure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="73"/>
        <source>Suggested procedure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="76"/>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="76"/>
        <source>Defer this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="80"/>
        <source>Back to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="80"/>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="85"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="89"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="94"/>
        <source>What the checklist flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="97"/>
        <source>Note (kept with either decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="100"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="101"/>
        <source>The patient can go ahead with the procedure today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="104"/>
        <source>Or defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="132"/>
        <source>Decide for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="143"/>
        <source>Nothing flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="160"/>
        <source>Please give a reason for deferring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="79"/>
        <source>Types the digit {digit}</source>
        <translation>Escribe la cifra {digit}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="80"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="81"/>
        <source>Deletes the last digit</source>
        <translation>Borra la última cifra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="82"/>
        <source>Number pad</source>
        <translation>Teclado numérico</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../ui/patient/done.py" line="81"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="82"/>
        <source>Please take a seat; a nurse will call you.</source>
        <translation>Tome asiento, por favor; una enfermera le llamará.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="84"/>
        <location filename="../../ui/patient/done.py" line="86"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="86"/>
        <source>Returns to the welcome screen for the next person</source>
        <translation>Vuelve a la pantalla de bienvenida para la siguiente persona</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../ui/widgets/idle.py" line="184"/>
        <location filename="../../ui/widgets/idle.py" line="194"/>
        <source>Do you need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="187"/>
        <source>To keep your answers private, this screen will start again in {n} seconds.</source>
        <translation>Para proteger su privacidad, esta pantalla empezará de nuevo en {n} segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="190"/>
        <location filename="../../ui/widgets/idle.py" line="192"/>
        <source>Yes, I need more time</source>
        <translation>Sí, necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="192"/>
        <source>Keeps your answers and goes back to them</source>
        <translation>Conserva sus respuestas y vuelve a ellas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>The kiosk is starting</source>
        <translation>El quiosco se está iniciando</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>This station cannot start yet</source>
        <translation>Este puesto todavía no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Try to start again</source>
        <translation>Intentar iniciar de nuevo</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../ui/nurse/common.py" line="70"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthStepper</name>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="144"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="146"/>
        <source>Month: {name}</source>
        <translation>Mes: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="147"/>
        <source>Use the arrow keys to change the month</source>
        <translation>Use las flechas para cambiar el mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="148"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="148"/>
        <source>Shows the month before</source>
        <translation>Muestra el mes anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="149"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="149"/>
        <source>Shows the month after</source>
        <translation>Muestra el mes siguiente</translation>
    </message>
</context>
<context>
    <name>NamesScreen</name>
    <message>
        <location filename="../../ui/patient/names.py" line="94"/>
        <source>What is your name?</source>
        <translation>¿Cómo se llama?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="95"/>
        <location filename="../../ui/patient/names.py" line="97"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="96"/>
        <location filename="../../ui/patient/names.py" line="99"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="98"/>
        <source>Type your first name as on your appointment</source>
        <translation>Escriba su nombre como en su cita</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="100"/>
        <source>Type your last name, or family names</source>
        <translation>Escriba su apellido o apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="101"/>
        <source>Continue ›</source>
        <translation>Continuar ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="102"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="102"/>
        <source>Goes on to your date of birth</source>
        <translation>Pasa a su fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>NurseAdmin</name>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="52"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="53"/>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurseErrors</name>
    <message>
        <location filename="../../ui/nurse/errors.py" line="19"/>
        <source>Something went wrong and nothing was changed. Please try again; if it keeps happening, ask IT to look at the station&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NursePinPad</name>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="33"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="34"/>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="42"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="42"/>
        <source>Clear the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="43"/>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="47"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="50"/>
        <source>Sign in with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurseStation</name>
    <message>
        <location filename="../../ui/nurse/station.py" line="93"/>
        <source>Nurse station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="131"/>
        <source>Opening the nurse station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="152"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="152"/>
        <source>Open administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="155"/>
        <location filename="../../ui/nurse/station.py" line="384"/>
        <source>Exit kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="155"/>
        <location filename="../../ui/nurse/station.py" line="385"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="161"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="284"/>
        <source>locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="290"/>
        <source>{name} was created. Sign in with the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="312"/>
        <source>Signed in as {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="327"/>
        <source>Too many wrong PINs. For safety, {name}&apos;s account is locked until {time}. Please try again then, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="338"/>
        <source>That PIN did not match. Please try again: {left} attempt(s) left before the account locks for {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="378"/>
        <source>Tap again to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="379"/>
        <source>Tap again to confirm leaving kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="388"/>
        <source>You were signed out automatically after a while without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="512"/>
        <source>Cleared to proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="514"/>
        <source>Deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="605"/>
        <source>Printing isn&apos;t configured on this station yet, so the aftercare sheet cannot be shown. Please ask IT to set up documents and printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="612"/>
        <source>Preparing the aftercare sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="618"/>
        <source>Check the preview, then press Print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="620"/>
        <source>Aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="625"/>
        <location filename="../../ui/nurse/station.py" line="641"/>
        <source>The aftercare sheet did not print: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="642"/>
        <source>the printer gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="647"/>
        <source>The aftercare sheet was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="650"/>
        <source>The aftercare sheet was sent to the printer; it is still printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="693"/>
        <source>The account was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="716"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="727"/>
        <source>Backups are not configured on this station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurseVisit</name>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="56"/>
        <source>Not flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="176"/>
        <source>Types the letter {letter}</source>
        <translation>Escribe la letra {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="180"/>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="180"/>
        <source>Makes the next letter a capital</source>
        <translation>La siguiente letra será mayúscula</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="183"/>
        <source>Accented letters</source>
        <translation>Letras con acento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="184"/>
        <source>Shows letters with accents, like á, ñ or ü; tap again for plain letters</source>
        <translation>Muestra letras con acento, como á, ñ o ü; toque otra vez para las letras normales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="186"/>
        <source>Hyphen</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="186"/>
        <source>Types a hyphen</source>
        <translation>Escribe un guion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="187"/>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="187"/>
        <source>Types an apostrophe</source>
        <translation>Escribe un apóstrofo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="188"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="188"/>
        <source>Types a space</source>
        <translation>Escribe un espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="191"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="192"/>
        <source>Deletes the letter before the cursor</source>
        <translation>Borra la letra antes del cursor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="197"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="200"/>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
</context>
<context>
    <name>PatientKiosk</name>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="314"/>
        <source>Shows the screens in this language</source>
        <translation>Muestra las pantallas en este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="316"/>
        <source>A+ Larger text</source>
        <translation>A+ Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="318"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="318"/>
        <source>Makes all the writing bigger; tap again to undo</source>
        <translation>Agranda todo el texto; toque otra vez para deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="320"/>
        <source>◐ High contrast</source>
        <translation>◐ Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="322"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="322"/>
        <source>Light writing on a dark background</source>
        <translation>Letras claras sobre fondo oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="325"/>
        <source>Patient check-in</source>
        <translation>Registro del paciente</translation>
    </message>
</context>
<context>
    <name>PatientMessages</name>
    <message>
        <location filename="../../ui/patient/messages.py" line="17"/>
        <source>Please type your first name.</source>
        <translation>Escriba su nombre, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="20"/>
        <source>Please type your last name.</source>
        <translation>Escriba su apellido, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="23"/>
        <source>Please type your full name.</source>
        <translation>Escriba su nombre completo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="26"/>
        <source>Please fill this in.</source>
        <translation>Complete este dato, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="28"/>
        <source>That name is longer than we can keep here ({max} letters). Please type a shorter form; a nurse can add the rest.</source>
        <translation>Ese nombre es más largo de lo que podemos guardar aquí ({max} letras). Escriba una forma más corta, por favor; una enfermera puede añadir el resto.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="34"/>
        <source>Please type your name using letters.</source>
        <translation>Escriba su nombre con letras, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="36"/>
        <source>Part of that name cannot be kept. Please use letters only.</source>
        <translation>Una parte de ese nombre no se puede guardar. Use solo letras, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="40"/>
        <source>Please fill in the day, the month and the year you were born.</source>
        <translation>Indique el día, el mes y el año en que nació, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="44"/>
        <source>That date does not exist. Please check the day and the month.</source>
        <translation>Esa fecha no existe. Revise el día y el mes, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="48"/>
        <source>That date is in the future. Please check the year you were born.</source>
        <translation>Esa fecha es futura. Revise el año en que nació, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="52"/>
        <source>Please check the year you were born.</source>
        <translation>Revise el año en que nació, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="54"/>
        <source>Please tick the box to confirm your treatment is today. If it is not today, please ask at the front desk.</source>
        <translation>Marque la casilla para confirmar que su tratamiento es hoy. Si no es hoy, pregunte en recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="59"/>
        <source>Please check this and try again.</source>
        <translation>Revíselo e inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="64"/>
        <source>Please sign in the box with your finger.</source>
        <translation>Firme en el recuadro con el dedo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="67"/>
        <source>That signature is very small. Please tap Clear and sign again, a little bigger.</source>
        <translation>Esa firma es muy pequeña. Toque Borrar y firme de nuevo, un poco más grande, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="74"/>
        <source>We could not save just now; we are trying again. Your answers are safe here.</source>
        <translation>No pudimos guardar en este momento; lo estamos intentando de nuevo. Sus respuestas están a salvo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/messages.py" line="81"/>
        <source>We could not save your check-in. Please ask at the front desk; a member of staff will help you. Your answers are kept.</source>
        <translation>No pudimos guardar su registro. Pregunte en recepción, por favor; alguien del personal le ayudará. Sus respuestas se conservan.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="45"/>
        <location filename="../../ui/printing/preview_dialog.py" line="46"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="56"/>
        <source>The document as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="62"/>
        <source>Print status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="66"/>
        <location filename="../../ui/printing/preview_dialog.py" line="67"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="69"/>
        <location filename="../../ui/printing/preview_dialog.py" line="70"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="91"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="96"/>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="99"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="106"/>
        <source>Not printed: {0} You can press Print to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="34"/>
        <location filename="../../ui/nurse/procedure_page.py" line="73"/>
        <source>Record the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="43"/>
        <source>Treated area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="55"/>
        <source>One session fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="56"/>
        <source>One session more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="63"/>
        <location filename="../../ui/nurse/procedure_page.py" line="100"/>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="67"/>
        <source>Procedure notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="68"/>
        <source>Needle depth, products used, how the patient tolerated it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="72"/>
        <source>Record procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="78"/>
        <source>Aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="79"/>
        <source>Preview and print the aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="85"/>
        <source>Back to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="85"/>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="98"/>
        <source>Treated areas (at least one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="102"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="106"/>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="108"/>
        <source>Once recorded, print the patient&apos;s own dated aftercare sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="132"/>
        <source>Procedure for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="138"/>
        <source>Working out the next session number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="146"/>
        <source>Proposed from this patient&apos;s earlier sessions; change it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="154"/>
        <source>Tick at least one treated area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="176"/>
        <source>Procedure recorded. You can now print the aftercare sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../ui/patient/question.py" line="170"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="172"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="173"/>
        <source>{n} days ago</source>
        <translation>Hace {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="177"/>
        <source>A few questions about your skin</source>
        <translation>Unas preguntas sobre su piel</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="178"/>
        <source>Welcome back. Thank you for coming again.</source>
        <translation>Bienvenido de nuevo. Gracias por volver.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="179"/>
        <source>Question and answers</source>
        <translation>Pregunta y respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="180"/>
        <source>Tap the answer that fits you</source>
        <translation>Toque la respuesta que le corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="189"/>
        <source>For example: {names}</source>
        <translation>Por ejemplo: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="196"/>
        <source>Answer: {words}</source>
        <translation>Respuesta: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="202"/>
        <source>The last time was {when}</source>
        <translation>La última vez fue {when}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="53"/>
        <source>Today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="56"/>
        <source>Today&apos;s check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="60"/>
        <source>Show visits with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="61"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="69"/>
        <source>Search any day by name or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="70"/>
        <source>Name or date of birth (e.g. 1991-04-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="73"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="73"/>
        <source>Search all days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="76"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="76"/>
        <source>Back to today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="82"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="105"/>
        <source>Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="106"/>
        <source>Open the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="137"/>
        <source>Check-ins for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="144"/>
        <source>Search results for “{what}”, all days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="161"/>
        <source>Type a name or a date of birth to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="181"/>
        <source>Nobody found. Check the spelling, or try the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="183"/>
        <source>No check-ins to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="179"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="180"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="181"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="182"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="183"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="219"/>
        <source>{name}, born {dob}, checked in at {time}: {status}, {flags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/patient/review.py" line="75"/>
        <source>Not answered yet</source>
        <translation>Todavía sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="79"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="79"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="80"/>
        <source>{n} days ago</source>
        <translation>Hace {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="82"/>
        <source>{answer} (last time: {when})</source>
        <translation>{answer} (última vez: {when})</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="94"/>
        <source>Please check your answers</source>
        <translation>Revise sus respuestas, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="95"/>
        <source>Tap an answer to change it.</source>
        <translation>Toque una respuesta para cambiarla.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="96"/>
        <source>My answers are right ›</source>
        <translation>Mis respuestas son correctas ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="97"/>
        <source>My answers are right</source>
        <translation>Mis respuestas son correctas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="97"/>
        <source>Goes on to the consent</source>
        <translation>Pasa al consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="98"/>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="99"/>
        <source>Each answer can be tapped to change it</source>
        <translation>Puede tocar cada respuesta para cambiarla</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="107"/>
        <source>{question} Your answer: {answer}</source>
        <translation>{question} Su respuesta: {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="110"/>
        <source>Tap to change this answer</source>
        <translation>Toque para cambiar esta respuesta</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/patient/screen.py" line="65"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/patient/screen.py" line="67"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/patient/screen.py" line="68"/>
        <source>Goes back one step; nothing is lost</source>
        <translation>Vuelve un paso atrás; no se pierde nada</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <location filename="../../ui/patient/done.py" line="41"/>
        <source>Saving your check-in…</source>
        <translation>Guardando su registro…</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="43"/>
        <source>One moment, please.</source>
        <translation>Un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="52"/>
        <location filename="../../ui/patient/done.py" line="54"/>
        <source>Try again now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="54"/>
        <source>Tries to save your check-in again</source>
        <translation>Intenta guardar su registro de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="56"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="58"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="58"/>
        <source>Opens the nurse station; for clinic staff</source>
        <translation>Abre el puesto de enfermería; para el personal de la clínica</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="36"/>
        <source>First-time setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="39"/>
        <source>Welcome. No staff accounts exist yet. Create the first administrator: this person can then add the other nurses. The PIN needs at least {n} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="47"/>
        <source>Administrator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="48"/>
        <source>e.g. Ana Torres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="49"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="50"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="54"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="55"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="58"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="59"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="69"/>
        <source>Set up the nurse station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="84"/>
        <source>Please type the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="33"/>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="40"/>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="52"/>
        <source>Loading the staff list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="62"/>
        <source>Not you? Choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="63"/>
        <source>Back to the list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="75"/>
        <source>Back to patient check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="76"/>
        <source>Leave the nurse station and return to patient check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="105"/>
        <source>Sign in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="116"/>
        <source>No active staff accounts. Ask an administrator to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="121"/>
        <source>PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <location filename="../../ui/patient/sign.py" line="93"/>
        <source>Please sign</source>
        <translation>Firme, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="94"/>
        <location filename="../../ui/patient/sign.py" line="95"/>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="96"/>
        <source>Type your first and last name to sign</source>
        <translation>Escriba su nombre y apellidos para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="97"/>
        <source>Sign here with your finger</source>
        <translation>Firme aquí con el dedo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="98"/>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="99"/>
        <source>Signature box</source>
        <translation>Recuadro de firma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="101"/>
        <source>Draw your signature with your finger; tap Clear to start again</source>
        <translation>Dibuje su firma con el dedo; toque Borrar para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="104"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="106"/>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="106"/>
        <source>Removes the signature so you can sign again</source>
        <translation>Quita la firma para que pueda firmar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="108"/>
        <source>Sign and finish ✓</source>
        <translation>Firmar y terminar ✓</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="109"/>
        <source>Sign and finish</source>
        <translation>Firmar y terminar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="109"/>
        <source>Saves your check-in</source>
        <translation>Guarda su registro</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="39"/>
        <source>Question {step} of {total}</source>
        <translation>Pregunta {step} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/progress.py" line="42"/>
        <source>How far you are through the questions</source>
        <translation>Cuánto le falta para terminar las preguntas</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="78"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="94"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="100"/>
        <source>Patient&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="109"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="113"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="138"/>
        <source>Back to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="138"/>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="141"/>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="142"/>
        <source>Clear or defer this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="147"/>
        <source>Record procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="148"/>
        <source>Record the procedure for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="152"/>
        <source>Aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="153"/>
        <source>Preview and print the aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="187"/>
        <source>Born {dob} · checked in {time} at {station} · procedure date {day} · language {lang} · status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="223"/>
        <source>1 answer flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="225"/>
        <source>{n} answers flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="228"/>
        <source>{flagged}; most serious: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="233"/>
        <source>Nothing flagged in the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="236"/>
        <source>Earliest safe procedure date: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="242"/>
        <source>Questions without a complete answer ({n}): ask the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="249"/>
        <source>The checklist was edited after the patient answered; flags use the current wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="265"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="265"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="265"/>
        <source>Flag and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="297"/>
        <source>{said} (last used {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="303"/>
        <source>No signed consent is stored for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="308"/>
        <source>Signed by “{name}” on {at} at {station}.
Consent version {version}, text SHA-256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="330"/>
        <source>(signature image unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="333"/>
        <source>Completed sessions for this patient: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="335"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="335"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="336"/>
        <source>{verb} by {who} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="340"/>
        <source>: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="342"/>
        <source> (suggested {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="344"/>
        <source> — note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="348"/>
        <source>Procedure (session {n}) by {who} at {at}: {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="356"/>
        <source>Earlier visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="360"/>
        <source>{day}: {status}, {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="367"/>
        <source>No earlier visits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/patient/welcome.py" line="92"/>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="94"/>
        <source>Please check in here for your treatment. It takes about three minutes.</source>
        <translation>Regístrese aquí para su tratamiento, por favor. Tarda unos tres minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="96"/>
        <location filename="../../ui/patient/welcome.py" line="98"/>
        <source>Start check-in</source>
        <translation>Comenzar el registro</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="98"/>
        <source>Begins your check-in; you can go back at any time</source>
        <translation>Comienza su registro; puede volver atrás en cualquier momento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="100"/>
        <source>Language / Idioma</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="103"/>
        <source>Shows the screens in this language</source>
        <translation>Muestra las pantallas en este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="105"/>
        <location filename="../../ui/patient/welcome.py" line="107"/>
        <source>About your treatment</source>
        <translation>Sobre su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="108"/>
        <source>Read about acne scars and micro-needling while you wait</source>
        <translation>Lea sobre las cicatrices del acné y el microneedling mientras espera</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="110"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="112"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="112"/>
        <source>Opens the nurse station; for clinic staff</source>
        <translation>Abre el puesto de enfermería; para el personal de la clínica</translation>
    </message>
</context>
</TS>
