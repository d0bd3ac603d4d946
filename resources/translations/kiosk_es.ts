<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../ui/patient/about.py" line="71"/>
        <source>About your treatment</source>
        <translation>Sobre su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="73"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="74"/>
        <source>‹ Previous page</source>
        <translation>‹ Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="75"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="75"/>
        <source>Shows the page before</source>
        <translation>Muestra la página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="76"/>
        <source>Next page ›</source>
        <translation>Página siguiente ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="77"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="77"/>
        <source>Shows the next page</source>
        <translation>Muestra la página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="80"/>
        <location filename="../../ui/patient/about.py" line="81"/>
        <source>Done reading</source>
        <translation>Terminé de leer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="81"/>
        <source>Goes back to the welcome screen</source>
        <translation>Vuelve a la pantalla de bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="82"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../ui/patient/about.py" line="83"/>
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
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="75"/>
        <source>Administration sections</source>
        <translation>Secciones de administración</translation>
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
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="78"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="82"/>
        <source>Back to queue</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="82"/>
        <source>Back to the queue</source>
        <translation>Volver a la lista de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <location filename="../../ui/nurse/admin_page.py" line="140"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <location filename="../../ui/nurse/admin_page.py" line="141"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="99"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="103"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="104"/>
        <source>Disable the selected account</source>
        <translation>Desactivar la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="107"/>
        <source>New PIN for the selected account</source>
        <translation>PIN nuevo para la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="108"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="110"/>
        <source>Reset PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="111"/>
        <source>Reset the selected account&apos;s PIN</source>
        <translation>Cambiar el PIN de la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="115"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="117"/>
        <location filename="../../ui/nurse/admin_page.py" line="144"/>
        <source>again</source>
        <translation>repetir</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="125"/>
        <source>New staff member&apos;s name</source>
        <translation>Nombre del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="128"/>
        <source>New staff member&apos;s role</source>
        <translation>Rol del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="131"/>
        <source>New staff member&apos;s PIN</source>
        <translation>PIN del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="132"/>
        <source>New staff member&apos;s PIN again</source>
        <translation>Repita el PIN del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="134"/>
        <source>Add staff member</source>
        <translation>Añadir al personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="135"/>
        <source>Add the new staff member</source>
        <translation>Añadir el nuevo miembro al personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="146"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="150"/>
        <source>Selected account: new PIN or disable</source>
        <translation>Cuenta seleccionada: PIN nuevo o desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="152"/>
        <source>Add a staff member</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="164"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="166"/>
        <source>Locked until {at}</source>
        <translation>Bloqueada hasta el {at}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="170"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="199"/>
        <source>Please type the new staff member&apos;s name.</source>
        <translation>Escriba el nombre del nuevo miembro del personal, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="211"/>
        <source>{name} can now sign in.</source>
        <translation>{name} ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="231"/>
        <source>The PIN was changed.</source>
        <translation>Se cambió el PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="239"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="240"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="241"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="242"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="243"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="244"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="251"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="252"/>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>Verificar la cadena de hashes del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="257"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="258"/>
        <source>Reload the audit log</source>
        <translation>Volver a cargar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="297"/>
        <source>The audit log is intact: {n} events checked.</source>
        <translation>El registro de auditoría está íntegro. Eventos revisados: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="302"/>
        <source>The audit log has been altered: {problem}</source>
        <translation>El registro de auditoría fue alterado: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="303"/>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="315"/>
        <location filename="../../ui/nurse/admin_page.py" line="363"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="317"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="318"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="322"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="323"/>
        <source>Back up the clinic database now</source>
        <translation>Hacer ahora una copia de seguridad de la base de datos de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="333"/>
        <source>A backup is a complete copy of the clinic database, written to a folder inside the clinic&apos;s data folder ({where}). Copy it somewhere safe.</source>
        <translation>Una copia de seguridad es una copia completa de la base de datos de la clínica, guardada en una carpeta dentro de la carpeta de datos de la clínica ({where}). Cópiela a un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="335"/>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="354"/>
        <source>Backups are not configured on this station.</source>
        <translation>Las copias de seguridad no están configuradas en este puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="358"/>
        <source>Please choose a folder inside {where}.</source>
        <translation>Elija una carpeta dentro de {where}, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="378"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="383"/>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
</context>
<context>
    <name>BirthDateScreen</name>
    <message>
        <location filename="../../ui/patient/birth.py" line="93"/>
        <source>When were you born?</source>
        <translation>¿Cuándo nació?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="95"/>
        <source>Your treatment: {date}</source>
        <translation>Su tratamiento: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="97"/>
        <source>Yes, my treatment is today</source>
        <translation>Sí, mi tratamiento es hoy</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="99"/>
        <source>Tick to confirm; if it is not today, please ask at the front desk</source>
        <translation>Marque para confirmar; si no es hoy, pregunte en recepción</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="101"/>
        <source>Continue ›</source>
        <translation>Continuar ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="102"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/birth.py" line="102"/>
        <source>Goes on to the questions</source>
        <translation>Pasa a las preguntas</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/patient/consent.py" line="83"/>
        <location filename="../../ui/patient/consent.py" line="220"/>
        <source>Tick to agree; every box is needed</source>
        <translation>Marque para aceptar; hacen falta todas las casillas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="105"/>
        <source>Ticked</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="105"/>
        <source>Not ticked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="109"/>
        <source>{state}. {left} of {total} statements left to tick.</source>
        <translation>{state}. Quedan {left} de {total} frases por marcar.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="153"/>
        <source>You have reached the end of the text</source>
        <translation>Ha llegado al final del texto</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="156"/>
        <source>About {seen}% read; {rest}% of the text is below. Use Page Down or swipe up</source>
        <translation>Leído alrededor del {seen}%; queda un {rest}% del texto más abajo. Use Avance de página o deslice hacia arriba</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="163"/>
        <source>Please scroll down and read to the end.</source>
        <translation>Deslice hacia abajo y lea hasta el final, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="165"/>
        <source>Please tick each box to show you agree.</source>
        <translation>Marque cada casilla para indicar que está de acuerdo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="167"/>
        <source>Thank you. You can now sign.</source>
        <translation>Gracias. Ya puede firmar.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="186"/>
        <source>ticked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="186"/>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="211"/>
        <source>Your consent</source>
        <translation>Su consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="212"/>
        <source>Continue to sign ›</source>
        <translation>Continuar para firmar ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="214"/>
        <source>Continue to sign</source>
        <translation>Continuar para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="215"/>
        <source>Available once you have read to the end and ticked every box</source>
        <translation>Disponible cuando haya leído hasta el final y marcado todas las casillas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/consent.py" line="217"/>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="273"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="274"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="275"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="276"/>
        <source>Day of birth</source>
        <translation>Día de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="277"/>
        <source>The day you were born, for example 7</source>
        <translation>El día en que nació, por ejemplo 7</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="278"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="279"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="280"/>
        <source>The year you were born, four digits</source>
        <translation>El año en que nació, cuatro cifras</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="281"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="282"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>DecidePage</name>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="49"/>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="57"/>
        <source>Note for the record (optional)</source>
        <translation>Nota para el expediente (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="58"/>
        <source>Optional note, e.g. what you discussed with the patient</source>
        <translation>Nota opcional, p. ej., lo que habló con el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="61"/>
        <source>Clear to proceed</source>
        <translation>Autorizar el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="62"/>
        <source>Clear this patient to proceed</source>
        <translation>Autorizar a este paciente para el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="68"/>
        <source>Reason for deferring (required)</source>
        <translation>Motivo del aplazamiento (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="69"/>
        <source>Why the procedure should wait, in words the team will understand</source>
        <translation>Por qué debe esperar el procedimiento, en palabras que el equipo entienda</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="71"/>
        <source>Suggest a new date</source>
        <translation>Proponer una fecha nueva</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="73"/>
        <source>Suggest a new procedure date</source>
        <translation>Proponer una fecha nueva para el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="78"/>
        <source>Suggested procedure date</source>
        <translation>Fecha propuesta para el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="81"/>
        <source>Defer</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="81"/>
        <source>Defer this visit</source>
        <translation>Aplazar esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="85"/>
        <source>Back to visit</source>
        <translation>Volver a la visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="85"/>
        <source>Back to the visit</source>
        <translation>Volver a la visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="90"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="94"/>
        <source>New date</source>
        <translation>Fecha nueva</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="99"/>
        <source>What the checklist flagged</source>
        <translation>Alertas del cuestionario</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="102"/>
        <source>Note (kept with either decision)</source>
        <translation>Nota (se guarda con cualquier decisión)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="105"/>
        <source>Clear</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="106"/>
        <source>The patient can go ahead with the procedure today.</source>
        <translation>El paciente puede hacerse el procedimiento hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="109"/>
        <source>Or defer</source>
        <translation>O aplazar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="122"/>
        <source>Decide for {name}</source>
        <translation>Decisión sobre {name}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="133"/>
        <source>Nothing flagged.</source>
        <translation>Sin alertas.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="150"/>
        <source>Please give a reason for deferring.</source>
        <translation>Indique el motivo del aplazamiento, por favor.</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="106"/>
        <source>Types the digit {digit}</source>
        <translation>Escribe la cifra {digit}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="107"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="108"/>
        <source>Deletes the last digit</source>
        <translation>Borra la última cifra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="109"/>
        <source>Number pad</source>
        <translation>Teclado numérico</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../ui/patient/done.py" line="84"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="85"/>
        <source>Please take a seat; a nurse will call you.</source>
        <translation>Tome asiento, por favor; una enfermera le llamará.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="87"/>
        <location filename="../../ui/patient/done.py" line="89"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="89"/>
        <source>Returns to the welcome screen for the next person</source>
        <translation>Vuelve a la pantalla de bienvenida para la siguiente persona</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../ui/widgets/idle.py" line="187"/>
        <location filename="../../ui/widgets/idle.py" line="197"/>
        <source>Do you need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="190"/>
        <source>To keep your answers private, this screen will start again in {n} seconds.</source>
        <translation>Para proteger su privacidad, esta pantalla empezará de nuevo en {n} segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="193"/>
        <location filename="../../ui/widgets/idle.py" line="195"/>
        <source>Yes, I need more time</source>
        <translation>Sí, necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="195"/>
        <source>Keeps your answers and goes back to them</source>
        <translation>Conserva sus respuestas y vuelve a ellas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>The kiosk is starting</source>
        <translation>El quiosco se está iniciando</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>This station cannot start yet</source>
        <translation>Este puesto todavía no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Try to start again</source>
        <translation>Intentar iniciar de nuevo</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../ui/nurse/common.py" line="78"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>MonthStepper</name>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="171"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="173"/>
        <source>Month: {name}</source>
        <translation>Mes: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="174"/>
        <source>Use the arrow keys to change the month</source>
        <translation>Use las flechas para cambiar el mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="175"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="175"/>
        <source>Shows the month before</source>
        <translation>Muestra el mes anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="176"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_entry.py" line="176"/>
        <source>Shows the month after</source>
        <translation>Muestra el mes siguiente</translation>
    </message>
</context>
<context>
    <name>NamesScreen</name>
    <message>
        <location filename="../../ui/patient/names.py" line="111"/>
        <source>What is your name?</source>
        <translation>¿Cómo se llama?</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="112"/>
        <location filename="../../ui/patient/names.py" line="114"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="113"/>
        <location filename="../../ui/patient/names.py" line="116"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="115"/>
        <source>Type your first name as on your appointment</source>
        <translation>Escriba su nombre como en su cita</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="117"/>
        <source>Type your last name, or family names</source>
        <translation>Escriba su apellido o apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="118"/>
        <source>Continue ›</source>
        <translation>Continuar ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="119"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/names.py" line="119"/>
        <source>Goes on to your date of birth</source>
        <translation>Pasa a su fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>NurseAdmin</name>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="52"/>
        <source>Administrator</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="53"/>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
</context>
<context>
    <name>NurseErrors</name>
    <message>
        <location filename="../../ui/nurse/errors.py" line="19"/>
        <source>Something went wrong and nothing was changed. Please try again; if it keeps happening, ask IT to look at the station&apos;s log.</source>
        <translation>Algo salió mal y no se cambió nada. Inténtelo de nuevo, por favor; si sigue pasando, pida a soporte técnico que revise el registro de eventos del puesto.</translation>
    </message>
</context>
<context>
    <name>NurseLabels</name>
    <message>
        <location filename="../../ui/nurse/labels.py" line="15"/>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="16"/>
        <source>Cleared</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="17"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="18"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="19"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="29"/>
        <location filename="../../ui/nurse/labels.py" line="40"/>
        <source>No flags</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="31"/>
        <source>Prepare on arrival</source>
        <translation>Preparar a la llegada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="32"/>
        <source>Nurse review</source>
        <translation>Revisión de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="33"/>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="42"/>
        <source>1 flag</source>
        <translation>1 alerta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="44"/>
        <source>{n} flags</source>
        <translation>{n} alertas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="51"/>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="52"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="53"/>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/labels.py" line="54"/>
        <source>Around the eyes</source>
        <translation>Alrededor de los ojos</translation>
    </message>
</context>
<context>
    <name>NursePinPad</name>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="33"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="34"/>
        <source>Enter your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="42"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="42"/>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="43"/>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="47"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="50"/>
        <source>Sign in with this PIN</source>
        <translation>Entrar con este PIN</translation>
    </message>
</context>
<context>
    <name>NursePinRules</name>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="14"/>
        <source>Please choose a PIN.</source>
        <translation>Elija un PIN, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="16"/>
        <source>A PIN is made of digits only.</source>
        <translation>El PIN solo puede contener números.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="18"/>
        <source>The PIN needs at least {n} digits; this one has {m}.</source>
        <translation>El PIN necesita al menos {n} dígitos; este tiene {m}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/pin_rules.py" line="22"/>
        <source>The two PINs are not the same. Please type the PIN again in both boxes.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN otra vez en ambas casillas, por favor.</translation>
    </message>
</context>
<context>
    <name>NurseStation</name>
    <message>
        <location filename="../../ui/nurse/station.py" line="93"/>
        <source>Nurse station</source>
        <translation>Puesto de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="131"/>
        <source>Opening the nurse station…</source>
        <translation>Abriendo el puesto de enfermería…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="152"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="152"/>
        <source>Open administration</source>
        <translation>Abrir la administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="155"/>
        <location filename="../../ui/nurse/station.py" line="384"/>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="155"/>
        <location filename="../../ui/nurse/station.py" line="385"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="161"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="284"/>
        <source>locked until {time}</source>
        <translation>cuenta bloqueada hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="290"/>
        <source>{name} was created. Sign in with the new PIN.</source>
        <translation>Se creó la cuenta de {name}. Inicie sesión con el PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="312"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión de {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="327"/>
        <source>Too many wrong PINs. For safety, {name}&apos;s account is locked until {time}. Please try again then, or ask an administrator.</source>
        <translation>Demasiados PIN incorrectos. Por seguridad, la cuenta de {name} está bloqueada hasta las {time}. Vuelva a intentarlo a esa hora o pida ayuda a un administrador.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="338"/>
        <source>That PIN did not match. Please try again: {left} attempt(s) left before the account locks for {minutes} minutes.</source>
        <translation>El PIN no es correcto. Inténtelo de nuevo: le quedan {left} intento(s) antes de que la cuenta se bloquee durante {minutes} minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="378"/>
        <source>Tap again to exit</source>
        <translation>Toque otra vez para salir</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="379"/>
        <source>Tap again to confirm leaving kiosk mode</source>
        <translation>Toque otra vez para confirmar la salida del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="388"/>
        <source>You were signed out automatically after a while without activity.</source>
        <translation>Su sesión se cerró automáticamente tras un tiempo sin actividad.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="515"/>
        <source>Cleared to proceed.</source>
        <translation>Autorizado para el procedimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="517"/>
        <source>Deferred.</source>
        <translation>Aplazado.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="608"/>
        <source>Printing isn&apos;t configured on this station yet, so the aftercare sheet cannot be shown. Please ask IT to set up documents and printing.</source>
        <translation>La impresión todavía no está configurada en este puesto, así que no se puede mostrar la hoja de cuidados. Pida a soporte técnico que configure los documentos y la impresión, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="615"/>
        <source>Preparing the aftercare sheet…</source>
        <translation>Preparando la hoja de cuidados…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="621"/>
        <source>Check the preview, then press Print.</source>
        <translation>Revise la vista previa y luego pulse Imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="623"/>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="628"/>
        <location filename="../../ui/nurse/station.py" line="644"/>
        <source>The aftercare sheet did not print: {error}</source>
        <translation>La hoja de cuidados no se imprimió: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="645"/>
        <source>the printer gave no reason</source>
        <translation>la impresora no indicó el motivo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="650"/>
        <source>The aftercare sheet was printed.</source>
        <translation>La hoja de cuidados se imprimió.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="653"/>
        <source>The aftercare sheet was sent to the printer; it is still printing.</source>
        <translation>La hoja de cuidados se envió a la impresora; todavía se está imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="696"/>
        <source>The account was disabled.</source>
        <translation>Se desactivó la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="719"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="730"/>
        <source>Backups are not configured on this station.</source>
        <translation>Las copias de seguridad no están configuradas en este puesto.</translation>
    </message>
</context>
<context>
    <name>NurseVisit</name>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="56"/>
        <source>Not flagged</source>
        <translation>Sin alerta</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="185"/>
        <source>Types the letter {letter}</source>
        <translation>Escribe la letra {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="189"/>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="189"/>
        <source>Makes the next letter a capital</source>
        <translation>La siguiente letra será mayúscula</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="192"/>
        <source>Accented letters</source>
        <translation>Letras con acento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="193"/>
        <source>Shows letters with accents, like á, ñ or ü; tap again for plain letters</source>
        <translation>Muestra letras con acento, como á, ñ o ü; toque otra vez para las letras normales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="195"/>
        <source>Hyphen</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="195"/>
        <source>Types a hyphen</source>
        <translation>Escribe un guion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="196"/>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="196"/>
        <source>Types an apostrophe</source>
        <translation>Escribe un apóstrofo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="197"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="197"/>
        <source>Types a space</source>
        <translation>Escribe un espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="200"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="201"/>
        <source>Deletes the letter before the cursor</source>
        <translation>Borra la letra antes del cursor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="206"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="209"/>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
</context>
<context>
    <name>PatientKiosk</name>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="400"/>
        <source>Shows the screens in this language</source>
        <translation>Muestra las pantallas en este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="402"/>
        <source>A+ Larger text</source>
        <translation>A+ Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="404"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="404"/>
        <source>Makes all the writing bigger; tap again to undo</source>
        <translation>Agranda todo el texto; toque otra vez para deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="406"/>
        <source>◐ High contrast</source>
        <translation>◐ Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="408"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="408"/>
        <source>Light writing on a dark background</source>
        <translation>Letras claras sobre fondo oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="411"/>
        <source>Patient check-in</source>
        <translation>Registro del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/patient/kiosk_view.py" line="453"/>
        <source>Talking kiosk on. Please use the headphones: what you type is spoken. Tab or 8 moves on, Enter or 5 chooses, Escape or 4 goes back; F5 or 0 repeats, F6 or 1 pauses, F7 and F8, or 7 and 9, change the speed.</source>
        <translation>Quiosco que habla activado. Use los auriculares, por favor: lo que escriba se dice en voz alta. Tabulador u 8 avanza, Intro o 5 elige, Escape o 4 vuelve atrás; F5 o 0 repite, F6 o 1 hace una pausa, F7 y F8, o 7 y 9, cambian la velocidad.</translation>
    </message>
</context>
<context>
    <name>PatientMessages</name>
    <message>
        <location filename="../../ui/patient/messages.py" line="90"/>
        <source>The consent is now shown in the language you chose. Please read it again and tick each box; your answers are kept.</source>
        <translation>El consentimiento se muestra ahora en el idioma que ha elegido. Léalo de nuevo y marque cada casilla; sus respuestas se conservan.</translation>
    </message>
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
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="56"/>
        <source>The document as it will print</source>
        <translation>El documento tal como se imprimirá</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="62"/>
        <source>Print status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="66"/>
        <location filename="../../ui/printing/preview_dialog.py" line="67"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="69"/>
        <location filename="../../ui/printing/preview_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="91"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="96"/>
        <source>Printing failed.</source>
        <translation>La impresión falló.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="99"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="106"/>
        <source>Not printed: {0} You can press Print to try again.</source>
        <translation>No se imprimió: {0} Puede pulsar Imprimir para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="39"/>
        <location filename="../../ui/nurse/procedure_page.py" line="78"/>
        <source>Record the procedure</source>
        <translation>Registrar el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="48"/>
        <source>Treated area: {area}</source>
        <translation>Zona tratada: {area}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="60"/>
        <source>One session fewer</source>
        <translation>Una sesión menos</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="61"/>
        <source>One session more</source>
        <translation>Una sesión más</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="68"/>
        <location filename="../../ui/nurse/procedure_page.py" line="105"/>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="72"/>
        <source>Procedure notes</source>
        <translation>Notas del procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="73"/>
        <source>Needle depth, products used, how the patient tolerated it…</source>
        <translation>Profundidad de la aguja, productos usados, cómo lo toleró el paciente…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="77"/>
        <source>Record procedure</source>
        <translation>Registrar procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="83"/>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="84"/>
        <source>Preview and print the aftercare sheet</source>
        <translation>Ver e imprimir la hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="90"/>
        <source>Back to visit</source>
        <translation>Volver a la visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="90"/>
        <source>Back to the visit</source>
        <translation>Volver a la visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="103"/>
        <source>Treated areas (at least one)</source>
        <translation>Zonas tratadas (al menos una)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="107"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="111"/>
        <source>Aftercare</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="113"/>
        <source>Once recorded, print the patient&apos;s own dated aftercare sheet.</source>
        <translation>Una vez registrado, imprima la hoja de cuidados con las fechas de este paciente.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="123"/>
        <source>Procedure for {name}</source>
        <translation>Procedimiento de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="129"/>
        <source>Working out the next session number…</source>
        <translation>Calculando el número de la próxima sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="137"/>
        <source>Proposed from this patient&apos;s earlier sessions; change it if needed.</source>
        <translation>Propuesto según las sesiones anteriores de este paciente; cámbielo si hace falta.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="145"/>
        <source>Tick at least one treated area.</source>
        <translation>Marque al menos una zona tratada.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="167"/>
        <source>Procedure recorded. You can now print the aftercare sheet.</source>
        <translation>Procedimiento registrado. Ya puede imprimir la hoja de cuidados.</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../ui/patient/question.py" line="199"/>
        <source>The answers are: {answers}.</source>
        <translation>Las respuestas son: {answers}.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="224"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="226"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="227"/>
        <source>{n} days ago</source>
        <translation>Hace {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="231"/>
        <source>A few questions about your skin</source>
        <translation>Unas preguntas sobre su piel</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="232"/>
        <source>Question and answers</source>
        <translation>Pregunta y respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="233"/>
        <source>Tap the answer that fits you</source>
        <translation>Toque la respuesta que le corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="244"/>
        <source>For example: {names}</source>
        <translation>Por ejemplo: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="260"/>
        <location filename="../../ui/patient/question.py" line="266"/>
        <source>Your answer so far. {said}</source>
        <translation>Su respuesta hasta ahora. {said}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="264"/>
        <source>Answer: {words}</source>
        <translation>Respuesta: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/question.py" line="258"/>
        <source>The last time was {when}</source>
        <translation>La última vez fue {when}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="53"/>
        <source>Today&apos;s queue</source>
        <translation>Pacientes de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="56"/>
        <source>Today&apos;s check-ins</source>
        <translation>Pacientes registrados hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="60"/>
        <source>Show visits with status</source>
        <translation>Mostrar las visitas con el estado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="61"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="69"/>
        <source>Search any day by name or date of birth</source>
        <translation>Buscar en cualquier día por nombre o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="70"/>
        <source>Name or date of birth (e.g. 1991-04-12)</source>
        <translation>Nombre o fecha de nacimiento (p. ej., 1991-04-12)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="73"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="73"/>
        <source>Search all days</source>
        <translation>Buscar en todos los días</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="76"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="76"/>
        <source>Back to today&apos;s queue</source>
        <translation>Volver a los pacientes de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="82"/>
        <source>Check-ins</source>
        <translation>Pacientes registrados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="105"/>
        <source>Open visit</source>
        <translation>Abrir visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="106"/>
        <source>Open the selected visit</source>
        <translation>Abrir la visita seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="137"/>
        <source>Check-ins for {day}</source>
        <translation>Pacientes registrados el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="144"/>
        <source>Search results for “{what}”, all days</source>
        <translation>Resultados de la búsqueda de “{what}”, todos los días</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="161"/>
        <source>Type a name or a date of birth to search.</source>
        <translation>Escriba un nombre o una fecha de nacimiento para buscar.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="181"/>
        <source>Nobody found. Check the spelling, or try the date of birth.</source>
        <translation>No se encontró a nadie. Revise la ortografía o pruebe con la fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="183"/>
        <source>No check-ins to show yet.</source>
        <translation>Todavía no hay pacientes registrados.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="179"/>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="180"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="181"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="182"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="183"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="219"/>
        <source>{name}, born {dob}, checked in at {time}: {status}, {flags}</source>
        <translation>{name}, fecha de nacimiento {dob}, llegada a las {time}: {status}, {flags}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/patient/review.py" line="77"/>
        <source>Not answered yet</source>
        <translation>Todavía sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="81"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="81"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="82"/>
        <source>{n} days ago</source>
        <translation>Hace {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="84"/>
        <source>{answer} (last time: {when})</source>
        <translation>{answer} (última vez: {when})</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="97"/>
        <source>Please check your answers</source>
        <translation>Revise sus respuestas, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="98"/>
        <source>Tap an answer to change it.</source>
        <translation>Toque una respuesta para cambiarla.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="99"/>
        <source>My answers are right ›</source>
        <translation>Mis respuestas son correctas ›</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="100"/>
        <source>My answers are right</source>
        <translation>Mis respuestas son correctas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="100"/>
        <source>Goes on to the consent</source>
        <translation>Pasa al consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="101"/>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="102"/>
        <source>Each answer can be tapped to change it</source>
        <translation>Puede tocar cada respuesta para cambiarla</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="110"/>
        <source>{question} Your answer: {answer}</source>
        <translation>{question} Su respuesta: {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/review.py" line="113"/>
        <source>Tap to change this answer</source>
        <translation>Toque para cambiar esta respuesta</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/patient/screen.py" line="77"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/patient/screen.py" line="79"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/patient/screen.py" line="80"/>
        <source>Goes back one step; nothing is lost</source>
        <translation>Vuelve un paso atrás; no se pierde nada</translation>
    </message>
</context>
<context>
    <name>SelfVoicing</name>
    <message>
        <location filename="../../ui/speech/describe.py" line="13"/>
        <source>button</source>
        <translation>botón</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="14"/>
        <source>check box</source>
        <translation>casilla</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="15"/>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="16"/>
        <source>text field</source>
        <translation>campo de texto</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="17"/>
        <source>scroll bar</source>
        <translation>barra de desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="35"/>
        <source>ticked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="37"/>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="40"/>
        <location filename="../../ui/speech/voice.py" line="252"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="42"/>
        <source>not available yet</source>
        <translation>todavía no disponible</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="190"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="199"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="201"/>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="205"/>
        <source>Fastest</source>
        <translation>Lo más rápido</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="207"/>
        <source>Slowest</source>
        <translation>Lo más lento</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="246"/>
        <source>deleted {char}</source>
        <translation>borrado {char}</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="256"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="257"/>
        <source>hyphen</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="258"/>
        <source>apostrophe</source>
        <translation>apóstrofo</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="259"/>
        <source>dot</source>
        <translation>punto</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <location filename="../../ui/patient/done.py" line="44"/>
        <source>Saving your check-in…</source>
        <translation>Guardando su registro…</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="46"/>
        <source>One moment, please.</source>
        <translation>Un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="55"/>
        <location filename="../../ui/patient/done.py" line="57"/>
        <source>Try again now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="57"/>
        <source>Tries to save your check-in again</source>
        <translation>Intenta guardar su registro de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="59"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="61"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/done.py" line="61"/>
        <source>Opens the nurse station; for clinic staff</source>
        <translation>Abre el puesto de enfermería; para el personal de la clínica</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="36"/>
        <source>First-time setup</source>
        <translation>Configuración inicial</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="39"/>
        <source>Welcome. No staff accounts exist yet. Create the first administrator: this person can then add the other nurses. The PIN needs at least {n} digits.</source>
        <translation>Le damos la bienvenida. Todavía no hay cuentas del personal. Cree el primer administrador: esa persona podrá luego añadir al resto del personal de enfermería. El PIN necesita al menos {n} dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="47"/>
        <source>Administrator&apos;s name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="48"/>
        <source>e.g. Ana Torres</source>
        <translation>p. ej., Ana Torres</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="49"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="50"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="54"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="55"/>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="58"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="59"/>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="69"/>
        <source>Set up the nurse station</source>
        <translation>Configurar el puesto de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="84"/>
        <source>Please type the administrator&apos;s name.</source>
        <translation>Escriba el nombre del administrador, por favor.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="33"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="40"/>
        <source>Who is signing in?</source>
        <translation>¿Quién inicia sesión?</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="52"/>
        <source>Loading the staff list…</source>
        <translation>Cargando la lista del personal…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="62"/>
        <source>Not you? Choose another name</source>
        <translation>¿No es usted? Elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="63"/>
        <source>Back to the list of names</source>
        <translation>Volver a la lista de nombres</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="75"/>
        <source>Back to patient check-in</source>
        <translation>Volver al registro de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="76"/>
        <source>Leave the nurse station and return to patient check-in</source>
        <translation>Salir del puesto de enfermería y volver al registro de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="105"/>
        <source>Sign in as {name}</source>
        <translation>Iniciar sesión como {name}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="116"/>
        <source>No active staff accounts. Ask an administrator to add one.</source>
        <translation>No hay cuentas activas del personal. Pida a un administrador que añada una.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="121"/>
        <source>PIN for {name}</source>
        <translation>PIN de {name}</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <location filename="../../ui/patient/sign.py" line="117"/>
        <source>Empty.</source>
        <translation>Vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="119"/>
        <source>Signed, {n} strokes drawn.</source>
        <translation>Firmado, {n} trazos dibujados.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="124"/>
        <source>Draw your signature with your finger; tap Clear to start again, or use your typed name as your signature instead</source>
        <translation>Dibuje su firma con el dedo; toque Borrar para empezar de nuevo, o use en su lugar su nombre escrito como firma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="140"/>
        <source>Please sign</source>
        <translation>Firme, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="141"/>
        <location filename="../../ui/patient/sign.py" line="142"/>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="143"/>
        <source>Type your first and last name to sign</source>
        <translation>Escriba su nombre y apellidos para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="144"/>
        <source>Sign here with your finger</source>
        <translation>Firme aquí con el dedo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="145"/>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="146"/>
        <source>Signature box</source>
        <translation>Recuadro de firma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="148"/>
        <location filename="../../ui/patient/sign.py" line="150"/>
        <source>Use my typed name as my signature</source>
        <translation>Usar mi nombre escrito como firma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="152"/>
        <source>Signs and finishes with the full name typed above, instead of drawing; it counts as your signature and your record says it was typed</source>
        <translation>Firma y termina con el nombre completo escrito arriba, sin dibujar; vale como su firma y su registro indica que fue escrita</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="157"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="159"/>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="159"/>
        <source>Removes the signature so you can sign again</source>
        <translation>Quita la firma para que pueda firmar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="161"/>
        <source>Sign and finish ✓</source>
        <translation>Firmar y terminar ✓</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="162"/>
        <source>Sign and finish</source>
        <translation>Firmar y terminar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/sign.py" line="162"/>
        <source>Saves your check-in</source>
        <translation>Guarda su registro</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <location filename="../../ui/startup_problems.py" line="15"/>
        <source>This station&apos;s audit secret does not fit the clinic&apos;s audit log, or the log was cut short. Do not start a new log. Ask IT to restore the file audit.key (and, after restoring a database backup, its audit checkpoint) as described in docs/record.md.</source>
        <translation>El secreto de auditoría de este puesto no corresponde al registro de auditoría de la clínica, o el registro fue recortado. No empiece un registro nuevo. Pida a soporte técnico que restaure el archivo audit.key (y, tras restaurar una copia de la base de datos, su punto de control de auditoría) como se describe en docs/record.md.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="24"/>
        <source>The clinic database server does not answer. Check that the server is on and this station is on the clinic network, then press Try again.</source>
        <translation>El servidor de la base de datos de la clínica no responde. Compruebe que el servidor esté encendido y que este puesto esté conectado a la red de la clínica; luego pulse “Intentar de nuevo”.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="30"/>
        <source>The database file looks damaged. Do not delete it. Ask IT to restore the newest backup from {folder} (see the README, &apos;Backups&apos;).</source>
        <translation>El archivo de la base de datos parece dañado. No lo borre. Pida a soporte técnico que restaure la copia de seguridad más reciente de {folder} (vea el README, sección &apos;Backups&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="36"/>
        <source>This station may not write to its data folder. Ask IT to check its rights.</source>
        <translation>Este puesto no tiene permiso para escribir en su carpeta de datos. Pida a soporte técnico que revise los permisos.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="41"/>
        <source>The disk is full. Ask IT to free space, then press Try again.</source>
        <translation>El disco está lleno. Pida a soporte técnico que libere espacio; luego pulse “Intentar de nuevo”.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="45"/>
        <source>A content file is not valid. Ask whoever edited it to run &apos;clinic-kiosk check-content&apos;.</source>
        <translation>Un archivo de contenido no es válido. Pida a quien lo editó que ejecute &apos;clinic-kiosk check-content&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="51"/>
        <source>Please press Try again. If this keeps happening, call IT.</source>
        <translation>Pulse “Intentar de nuevo”, por favor. Si vuelve a pasar, llame a soporte técnico.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="54"/>
        <source>Technical detail for IT ({target}): {detail}</source>
        <translation>Detalle técnico para soporte ({target}): {detail}</translation>
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
        <location filename="../../ui/nurse/visit_page.py" line="319"/>
        <source>Warning: the typed signing name is not the checked-in patient&apos;s name.</source>
        <translation>Atención: el nombre escrito al firmar no es el nombre del paciente registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="78"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="94"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="100"/>
        <source>Patient&apos;s signature</source>
        <translation>Firma del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="109"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="113"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="138"/>
        <source>Back to queue</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="138"/>
        <source>Back to the queue</source>
        <translation>Volver a la lista de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="141"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="142"/>
        <source>Clear or defer this visit</source>
        <translation>Autorizar o aplazar esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="147"/>
        <source>Record procedure…</source>
        <translation>Registrar procedimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="148"/>
        <source>Record the procedure for this visit</source>
        <translation>Registrar el procedimiento de esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="152"/>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="153"/>
        <source>Preview and print the aftercare sheet</source>
        <translation>Ver e imprimir la hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="187"/>
        <source>Born {dob} · checked in {time} at {station} · procedure date {day} · language {lang} · status: {status}</source>
        <translation>Nacimiento: {dob} · llegada: {time}, {station} · procedimiento: {day} · idioma: {lang} · estado: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="223"/>
        <source>1 answer flagged</source>
        <translation>1 respuesta con alerta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="225"/>
        <source>{n} answers flagged</source>
        <translation>{n} respuestas con alerta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="228"/>
        <source>{flagged}; most serious: {outcome}.</source>
        <translation>{flagged}; la más grave: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="233"/>
        <source>Nothing flagged in the checklist.</source>
        <translation>El cuestionario no tiene alertas.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="236"/>
        <source>Earliest safe procedure date: {day}.</source>
        <translation>Primera fecha segura para el procedimiento: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="242"/>
        <source>Questions without a complete answer ({n}): ask the patient.</source>
        <translation>Preguntas sin respuesta completa ({n}): pregunte al paciente.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="249"/>
        <source>The checklist was edited after the patient answered; flags use the current wording.</source>
        <translation>El cuestionario se modificó después de que el paciente respondiera; las alertas usan la redacción actual.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="265"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="265"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="265"/>
        <source>Flag and reason</source>
        <translation>Alerta y motivo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="297"/>
        <source>{said} (last used {day})</source>
        <translation>{said} (último uso: {day})</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="303"/>
        <source>No signed consent is stored for this visit.</source>
        <translation>No hay un consentimiento firmado guardado para esta visita.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="308"/>
        <source>Signed by “{name}” on {at} at {station}.
Consent version {version}, text SHA-256 {sha}…</source>
        <translation>Firmado por “{name}” el {at} en {station}.
Versión del consentimiento {version}, SHA-256 del texto {sha}…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="336"/>
        <source>(signature image unavailable)</source>
        <translation>(imagen de la firma no disponible)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="339"/>
        <source>Completed sessions for this patient: {n}</source>
        <translation>Sesiones realizadas a este paciente: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="341"/>
        <source>Cleared</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="341"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="342"/>
        <source>{verb} by {who} at {at}</source>
        <translation>{verb} por {who} el {at}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="346"/>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="348"/>
        <source> (suggested {day})</source>
        <translation> (fecha propuesta: {day})</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="350"/>
        <source> — note: {note}</source>
        <translation> — nota: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="354"/>
        <source>Procedure (session {n}) by {who} at {at}: {areas}</source>
        <translation>Procedimiento (sesión {n}) por {who} el {at}: {areas}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="362"/>
        <source>Earlier visits:</source>
        <translation>Visitas anteriores:</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="366"/>
        <source>{day}: {status}, {flags}</source>
        <translation>{day}: {status}, {flags}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="373"/>
        <source>No earlier visits.</source>
        <translation>No hay visitas anteriores.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/patient/welcome.py" line="129"/>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="131"/>
        <source>Please check in here for your treatment. It takes about three minutes.</source>
        <translation>Regístrese aquí para su tratamiento, por favor. Tarda unos tres minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="133"/>
        <location filename="../../ui/patient/welcome.py" line="135"/>
        <source>Start check-in</source>
        <translation>Comenzar el registro</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="135"/>
        <source>Begins your check-in; you can go back at any time</source>
        <translation>Comienza su registro; puede volver atrás en cualquier momento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="137"/>
        <source>Language / Idioma</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="105"/>
        <source>Shows the screens in this language</source>
        <translation>Muestra las pantallas en este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="107"/>
        <source>In use now. {said}</source>
        <translation>En uso ahora. {said}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="141"/>
        <source>🔊 Stop talking</source>
        <translation>🔊 Dejar de hablar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="143"/>
        <source>Stop talking</source>
        <translation>Dejar de hablar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="143"/>
        <source>The kiosk stops reading the screens aloud</source>
        <translation>El quiosco deja de leer las pantallas en voz alta</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="146"/>
        <source>🔊 Talking kiosk (F2 or *)</source>
        <translation>🔊 Quiosco que habla (F2 o *)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="148"/>
        <source>Talking kiosk</source>
        <translation>Quiosco que habla</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="150"/>
        <source>Reads every screen aloud through the headphones; press F2, or the star key on the keypad</source>
        <translation>Lee cada pantalla en voz alta por los auriculares; pulse F2, o la tecla de asterisco del teclado numérico</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="154"/>
        <location filename="../../ui/patient/welcome.py" line="156"/>
        <source>About your treatment</source>
        <translation>Sobre su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="157"/>
        <source>Read about acne scars and micro-needling while you wait</source>
        <translation>Lea sobre las cicatrices del acné y el microneedling mientras espera</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="159"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="161"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="161"/>
        <source>Opens the nurse station; for clinic staff</source>
        <translation>Abre el puesto de enfermería; para el personal de la clínica</translation>
    </message>
</context>
</TS>
