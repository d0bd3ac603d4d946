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
    <name>AdminActions</name>
    <message>
        <location filename="../../ui/nurse/admin_actions.py" line="97"/>
        <source>The account was unlocked.</source>
        <translation>La cuenta se desbloqueó.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_actions.py" line="108"/>
        <source>The account was disabled.</source>
        <translation>Se desactivó la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_actions.py" line="127"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_actions.py" line="138"/>
        <source>Backups are not configured on this station.</source>
        <translation>Las copias de seguridad no están configuradas en este puesto.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="85"/>
        <location filename="../../ui/nurse/admin_page.py" line="107"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="92"/>
        <source>Administration sections</source>
        <translation>Secciones de administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="93"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="94"/>
        <location filename="../../ui/nurse/admin_page.py" line="271"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="95"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="100"/>
        <source>Back to queue</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="100"/>
        <source>Back to the queue</source>
        <translation>Volver a la lista de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="128"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="129"/>
        <source>Unlock the selected account</source>
        <translation>Desbloquear la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="135"/>
        <source>Set new PIN</source>
        <translation>Poner PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="136"/>
        <source>Set a new PIN for the selected account</source>
        <translation>Poner un PIN nuevo a la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="160"/>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="168"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="169"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="178"/>
        <source>Selected account</source>
        <translation>Cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="234"/>
        <source>{name} can now sign in with staff code {code} and the PIN you chose.</source>
        <translation>{name} ya puede entrar con el código de personal {code} y el PIN elegido.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="264"/>
        <source>The PIN was changed, and the account unlocked if it was locked.</source>
        <translation>Se cambió el PIN y, si la cuenta estaba bloqueada, se desbloqueó.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="278"/>
        <source>Show events of this staff member</source>
        <translation>Mostrar los eventos de esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="283"/>
        <source>Visit number</source>
        <translation>Número de visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="284"/>
        <source>Show events of this visit number</source>
        <translation>Mostrar los eventos de esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="285"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="287"/>
        <source>Show events of any day</source>
        <translation>Mostrar los eventos de cualquier día</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="292"/>
        <source>Show events of this day</source>
        <translation>Mostrar los eventos de este día</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="296"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="297"/>
        <source>Show the audit events that match</source>
        <translation>Mostrar los eventos de auditoría que coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="329"/>
        <source>All staff</source>
        <translation>Todo el personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="120"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="123"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="124"/>
        <source>Disable the selected account</source>
        <translation>Desactivar la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="132"/>
        <source>New PIN for the selected account</source>
        <translation>PIN nuevo para la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="133"/>
        <location filename="../../ui/nurse/admin_page.py" line="146"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="145"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="151"/>
        <source>New staff member&apos;s name</source>
        <translation>Nombre del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="154"/>
        <source>New staff member&apos;s role</source>
        <translation>Rol del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="157"/>
        <source>New staff member&apos;s PIN</source>
        <translation>PIN del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="158"/>
        <source>New staff member&apos;s PIN again</source>
        <translation>Repita el PIN del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="162"/>
        <source>Add staff member</source>
        <translation>Añadir al personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="163"/>
        <source>Add the new staff member</source>
        <translation>Añadir el nuevo miembro al personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="159"/>
        <location filename="../../ui/nurse/admin_page.py" line="173"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="180"/>
        <source>Add a staff member</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="221"/>
        <source>Please type the new staff member&apos;s name.</source>
        <translation>Escriba el nombre del nuevo miembro del personal, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="308"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="309"/>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>Verificar la cadena de hashes del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="364"/>
        <source>The audit log is intact: {n} events checked.</source>
        <translation>El registro de auditoría está íntegro. Eventos revisados: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="369"/>
        <source>The audit log has been altered: {problem}</source>
        <translation>El registro de auditoría fue alterado: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="370"/>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="382"/>
        <location filename="../../ui/nurse/admin_page.py" line="430"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="384"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="385"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="389"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="390"/>
        <source>Back up the clinic database now</source>
        <translation>Hacer ahora una copia de seguridad de la base de datos de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="400"/>
        <source>A backup is a complete copy of the clinic database, written to a folder inside the clinic&apos;s data folder ({where}). Copy it somewhere safe.</source>
        <translation>Una copia de seguridad es una copia completa de la base de datos de la clínica, guardada en una carpeta dentro de la carpeta de datos de la clínica ({where}). Cópiela a un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="402"/>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="421"/>
        <source>Backups are not configured on this station.</source>
        <translation>Las copias de seguridad no están configuradas en este puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="425"/>
        <source>Please choose a folder inside {where}.</source>
        <translation>Elija una carpeta dentro de {where}, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="445"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_page.py" line="450"/>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <location filename="../../ui/widgets/nurse_answers.py" line="56"/>
        <source>Patient&apos;s words</source>
        <translation>Palabras de la persona atendida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_answers.py" line="60"/>
        <source>Show the question as the patient read it ({lang})</source>
        <translation>Ver la pregunta como se leyó en la pantalla ({lang})</translation>
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
    <name>ChangePinPage</name>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="24"/>
        <location filename="../../ui/nurse/change_pin_page.py" line="41"/>
        <location filename="../../ui/nurse/change_pin_page.py" line="53"/>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="29"/>
        <location filename="../../ui/nurse/change_pin_page.py" line="34"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="30"/>
        <location filename="../../ui/nurse/change_pin_page.py" line="35"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="31"/>
        <location filename="../../ui/nurse/change_pin_page.py" line="36"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="40"/>
        <source>Change PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="46"/>
        <source>Back to queue</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="46"/>
        <source>Back to the queue</source>
        <translation>Volver a la lista de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="73"/>
        <source>A PIN has at least {n} digits; repeated digits, runs like 123456, dates and the most common PINs are refused.</source>
        <translation>Un PIN tiene al menos {n} dígitos; no se aceptan dígitos repetidos, series como 123456, fechas ni los PIN más comunes.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="79"/>
        <source>Your PIN no longer meets the clinic&apos;s PIN rules. Please choose a new one before you go on.</source>
        <translation>Su PIN ya no cumple las normas de la clínica. Elija uno nuevo antes de continuar.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/change_pin_page.py" line="90"/>
        <source>Please type your current PIN.</source>
        <translation>Escriba su PIN actual.</translation>
    </message>
</context>
<context>
    <name>CloseVisitDialog</name>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="39"/>
        <source>End this visit</source>
        <translation>Terminar esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="42"/>
        <source>End the visit of {name} without a procedure:</source>
        <translation>Terminar la visita de {name} sin procedimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="46"/>
        <source>Cancel the visit</source>
        <translation>Cancelar la visita</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="47"/>
        <source>The patient did not come (no-show)</source>
        <translation>No vino a la cita (no se presentó)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="55"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="56"/>
        <source>Reason (required to cancel)</source>
        <translation>Motivo (obligatorio para cancelar)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="60"/>
        <source>End the visit</source>
        <translation>Terminar la visita</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="63"/>
        <source>Keep the visit</source>
        <translation>Mantener la visita</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_close_visit.py" line="97"/>
        <source>Please give a reason for cancelling.</source>
        <translation>Indique un motivo para cancelar.</translation>
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
    <name>CorrectIdentityDialog</name>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="168"/>
        <source>Correct the patient&apos;s name or date of birth</source>
        <translation>Corregir el nombre o la fecha de nacimiento de la persona atendida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="173"/>
        <location filename="../../ui/widgets/nurse_corrections.py" line="184"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="174"/>
        <location filename="../../ui/widgets/nurse_corrections.py" line="185"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="182"/>
        <location filename="../../ui/widgets/nurse_corrections.py" line="186"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="197"/>
        <source>Both names are needed.</source>
        <translation>Hacen falta el nombre y los apellidos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="204"/>
        <source>Nothing was changed yet.</source>
        <translation>Todavía no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>CorrectProcedureDialog</name>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="119"/>
        <source>Correct the procedure record</source>
        <translation>Corregir el registro del procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="138"/>
        <location filename="../../ui/widgets/nurse_corrections.py" line="141"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="139"/>
        <source>Treated areas</source>
        <translation>Zonas tratadas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="140"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="150"/>
        <source>Choose at least one treated area.</source>
        <translation>Elija al menos una zona tratada.</translation>
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
    <name>DayPicker</name>
    <message>
        <location filename="../../ui/widgets/nurse_day_picker.py" line="24"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_day_picker.py" line="25"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_day_picker.py" line="26"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_day_picker.py" line="26"/>
        <source>Today&apos;s queue</source>
        <translation>Pacientes de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_day_picker.py" line="30"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
</context>
<context>
    <name>DecidePage</name>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="52"/>
        <source>The reason holds no visible characters. Please type the reason in words.</source>
        <translation>El motivo no tiene caracteres visibles. Escriba el motivo con palabras, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="57"/>
        <source>The note holds no visible characters. Please type it in words, or leave it empty.</source>
        <translation>La nota no tiene caracteres visibles. Escríbala con palabras o déjela vacía, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="62"/>
        <source>This visit is flagged Reschedule. To clear it anyway, tick the confirmation and write a note saying why.</source>
        <translation>Esta visita tiene la alerta Reprogramar. Para autorizarla de todos modos, marque la confirmación y escriba una nota explicando por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="68"/>
        <source>Clearing over a Reschedule flag needs a note saying why.</source>
        <translation>Autorizar pese a una alerta Reprogramar requiere una nota que explique por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="72"/>
        <source>The suggested date is in the past. Choose a later date.</source>
        <translation>La fecha propuesta ya pasó. Elija una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="76"/>
        <source>The suggested date is before the earliest safe date. Choose a later date, or tick the override and write a note saying why.</source>
        <translation>La fecha propuesta es anterior a la primera fecha segura. Elija una fecha posterior, o marque la excepción y escriba una nota explicando por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="82"/>
        <source>A date before the earliest safe date needs a note saying why.</source>
        <translation>Una fecha anterior a la primera fecha segura requiere una nota que explique por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="105"/>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="115"/>
        <source>Note for the record (optional)</source>
        <translation>Nota para el expediente (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="116"/>
        <source>Optional note, e.g. what you discussed with the patient</source>
        <translation>Nota opcional, p. ej., lo que se habló en la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="120"/>
        <source>I have checked the Reschedule flag and clear this visit anyway</source>
        <translation>He revisado la alerta Reprogramar y autorizo esta visita de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="125"/>
        <source>Clear to proceed</source>
        <translation>Autorizar el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="126"/>
        <source>Clear this patient to proceed</source>
        <translation>Autorizar esta visita para el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="132"/>
        <source>Reason for deferring (required)</source>
        <translation>Motivo del aplazamiento (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="133"/>
        <source>Why the procedure should wait, in words the team will understand</source>
        <translation>Por qué debe esperar el procedimiento, en palabras que el equipo entienda</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="135"/>
        <source>Suggest a new date</source>
        <translation>Proponer una fecha nueva</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="137"/>
        <source>Suggest a new procedure date</source>
        <translation>Proponer una fecha nueva para el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="142"/>
        <source>Suggested procedure date</source>
        <translation>Fecha propuesta para el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="148"/>
        <source>Suggest this date before the earliest safe date (say why in the note)</source>
        <translation>Proponer esta fecha anterior a la primera fecha segura (explique por qué en la nota)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="153"/>
        <source>Defer</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="153"/>
        <source>Defer this visit</source>
        <translation>Aplazar esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="162"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="166"/>
        <source>New date</source>
        <translation>Fecha nueva</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="173"/>
        <source>What the checklist flagged</source>
        <translation>Alertas del cuestionario</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="176"/>
        <source>Note (kept with either decision)</source>
        <translation>Nota (se guarda con cualquier decisión)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="179"/>
        <source>Clear</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="180"/>
        <source>The patient can go ahead with the procedure today.</source>
        <translation>Puede hacerse el procedimiento hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="185"/>
        <source>Or defer</source>
        <translation>O aplazar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="210"/>
        <source>Decide for {name}</source>
        <translation>Decisión sobre {name}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="240"/>
        <source>The checklist says this procedure should move to a later date. Clear it only after checking with the patient, and note why.</source>
        <translation>Según el cuestionario, este procedimiento debería pasar a una fecha posterior. Autorícelo solo después de hablar con la persona atendida, y anote por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="271"/>
        <source>Earliest safe procedure date: {day}.</source>
        <translation>Primera fecha segura para el procedimiento: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/decide_page.py" line="50"/>
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
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../ui/nurse/documents.py" line="59"/>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="60"/>
        <source>Preparing the aftercare sheet…</source>
        <translation>Preparando la hoja de cuidados…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="62"/>
        <source>Printing isn&apos;t configured on this station yet, so the aftercare sheet cannot be shown. Please ask IT to set up documents and printing.</source>
        <translation>La impresión todavía no está configurada en este puesto, así que no se puede mostrar la hoja de cuidados. Pida a soporte técnico que configure los documentos y la impresión, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="65"/>
        <source>The aftercare sheet did not print: {error}</source>
        <translation>La hoja de cuidados no se imprimió: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="66"/>
        <source>The aftercare sheet was printed.</source>
        <translation>La hoja de cuidados se imprimió.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="68"/>
        <source>The aftercare sheet was sent to the printer; it is still printing.</source>
        <translation>La hoja de cuidados se envió a la impresora; todavía se está imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="78"/>
        <source>Signed consent record</source>
        <translation>Registro del consentimiento firmado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="79"/>
        <source>Preparing the signed consent record…</source>
        <translation>Preparando el registro del consentimiento firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="81"/>
        <source>Printing isn&apos;t configured on this station yet, so the signed consent record cannot be shown. Please ask IT to set up documents and printing.</source>
        <translation>La impresión aún no está configurada en esta estación, así que no se puede mostrar el registro del consentimiento firmado. Pida a informática que configure los documentos y la impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="84"/>
        <source>The signed consent record did not print: {error}</source>
        <translation>El registro del consentimiento firmado no se imprimió: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="85"/>
        <source>The signed consent record was printed.</source>
        <translation>Se imprimió el registro del consentimiento firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="87"/>
        <source>The signed consent record was sent to the printer; it is still printing.</source>
        <translation>El registro del consentimiento firmado se envió a la impresora; todavía se está imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="112"/>
        <source>Check the preview, then press Print.</source>
        <translation>Revise la vista previa y luego pulse Imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/documents.py" line="149"/>
        <source>the printer gave no reason</source>
        <translation>la impresora no indicó el motivo</translation>
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
        <location filename="../../ui/widgets/idle.py" line="206"/>
        <location filename="../../ui/widgets/idle.py" line="216"/>
        <source>Do you need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="209"/>
        <source>To keep your answers private, this screen will start again in {n} seconds.</source>
        <translation>Para proteger su privacidad, esta pantalla empezará de nuevo en {n} segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="212"/>
        <location filename="../../ui/widgets/idle.py" line="214"/>
        <source>Yes, I need more time</source>
        <translation>Sí, necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle.py" line="214"/>
        <source>Keeps your answers and goes back to them</source>
        <translation>Conserva sus respuestas y vuelve a ellas</translation>
    </message>
</context>
<context>
    <name>IntervalPanel</name>
    <message>
        <location filename="../../ui/widgets/nurse_interval.py" line="42"/>
        <source>Time since the last procedure</source>
        <translation>Tiempo desde el último procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_interval.py" line="70"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>The kiosk is starting</source>
        <translation>El quiosco se está iniciando</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>This station cannot start yet</source>
        <translation>Este puesto todavía no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Try to start again</source>
        <translation>Intentar iniciar de nuevo</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../ui/nurse/common.py" line="104"/>
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
        <location filename="../../ui/nurse/admin_models.py" line="34"/>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="35"/>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="80"/>
        <source>Staff code</source>
        <translation>Código de personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="81"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="82"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="105"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="107"/>
        <source>Locked: an administrator must unlock</source>
        <translation>Bloqueada: debe desbloquearla un administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="108"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="145"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="146"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="147"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/admin_models.py" line="148"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>Impresiones</translation>
    </message>
</context>
<context>
    <name>NurseAnswers</name>
    <message>
        <location filename="../../ui/widgets/nurse_answers.py" line="22"/>
        <source>Not flagged</source>
        <translation>Sin alerta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_answers.py" line="24"/>
        <source>Prepare on arrival</source>
        <translation>Preparar a la llegada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_answers.py" line="27"/>
        <source>Nurse review</source>
        <translation>Revisión de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_answers.py" line="28"/>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
</context>
<context>
    <name>NurseAudit</name>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="29"/>
        <source>staff member {n}</source>
        <translation>miembro del personal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="31"/>
        <source>an unknown staff code</source>
        <translation>un código de personal desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="33"/>
        <source>station {station}</source>
        <translation>el puesto {station}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="37"/>
        <source>kiosk {station}</source>
        <translation>el quiosco {station}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="41"/>
        <source>the system (command line)</source>
        <translation>el sistema (línea de órdenes)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="48"/>
        <source>visit {n}</source>
        <translation>la visita {n}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="50"/>
        <source>document {n}</source>
        <translation>el documento {n}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="70"/>
        <source>{who} received a check-in ({what}).</source>
        <translation>{who} recibió un registro de llegada ({what}).</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="73"/>
        <source>{who} opened {what}.</source>
        <translation>{who} abrió {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="74"/>
        <source>{who} cleared {what} to proceed.</source>
        <translation>{who} autorizó {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="77"/>
        <source>{who} deferred {what}. Reason: {reason}</source>
        <translation>{who} aplazó {what}. Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="80"/>
        <source>{who} recorded the procedure of {what}.</source>
        <translation>{who} registró el procedimiento de {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="83"/>
        <source>{who} prepared a document for {what}.</source>
        <translation>{who} preparó un documento para {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="87"/>
        <source>{who} reprinted {what}.</source>
        <translation>{who} volvió a imprimir {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="89"/>
        <source>{who} printed {what}.</source>
        <translation>{who} imprimió {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="91"/>
        <source>{who} sent {what} to the printer; it did not print.</source>
        <translation>{who} envió {what} a la impresora; no se imprimió.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="94"/>
        <source>{who} added {what}.</source>
        <translation>{who} añadió a {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="95"/>
        <source>{who} disabled the account of {what}.</source>
        <translation>{who} desactivó la cuenta de {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="98"/>
        <source>{who} set a new PIN for {what}.</source>
        <translation>{who} puso un PIN nuevo a {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="101"/>
        <source>{who} changed their own PIN.</source>
        <translation>{who} cambió su propio PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="104"/>
        <source>{who} unlocked the account of {what}.</source>
        <translation>{who} desbloqueó la cuenta de {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="107"/>
        <source>The account of {what} was locked after {n} wrong PINs in a row (last at {station}).</source>
        <translation>La cuenta de {what} se bloqueó tras {n} PIN incorrectos seguidos (el último en {station}).</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="111"/>
        <source>{who} signed in at {station}.</source>
        <translation>{who} entró en {station}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="114"/>
        <source>A wrong PIN for {what} at {station}.</source>
        <translation>Un PIN incorrecto para {what} en {station}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="117"/>
        <source>A sign-in for {what} at {station} had to wait after wrong PINs.</source>
        <translation>Una entrada de {what} en {station} tuvo que esperar tras PIN incorrectos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="120"/>
        <source>A sign-in for {what} at {station} was refused: the account is locked.</source>
        <translation>Se rechazó una entrada de {what} en {station}: la cuenta está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="124"/>
        <source>{who} was signed out at {station} after a while without activity.</source>
        <translation>Se cerró la sesión de {who} en {station} tras un tiempo sin actividad.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="127"/>
        <source>{who} was signed out at {station}: the station closed.</source>
        <translation>Se cerró la sesión de {who} en {station}: el puesto se cerró.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="132"/>
        <source>{who} signed out at {station}.</source>
        <translation>{who} cerró la sesión en {station}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/audit_words.py" line="137"/>
        <source>{who}: {action} ({what}).</source>
        <translation>{who}: {action} ({what}).</translation>
    </message>
</context>
<context>
    <name>NurseCorrections</name>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="37"/>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="38"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="39"/>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="40"/>
        <source>Around the eyes</source>
        <translation>Alrededor de los ojos</translation>
    </message>
</context>
<context>
    <name>NurseErrors</name>
    <message>
        <location filename="../../ui/nurse/errors.py" line="24"/>
        <source>Something went wrong and nothing was changed. Please try again; if it keeps happening, ask IT to look at the station&apos;s log.</source>
        <translation>Algo salió mal y no se cambió nada. Inténtelo de nuevo, por favor; si sigue pasando, pida a soporte técnico que revise el registro de eventos del puesto.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name and phone number are not set, so no document can print. An administrator sets them in Administration &gt; Clinic.</source>
        <translation>El nombre y el teléfono de la clínica no están configurados, así que no se puede imprimir ningún documento. Una persona administradora los configura en Administración &gt; Clínica.</translation>
    </message>
</context>
<context>
    <name>NurseInterval</name>
    <message>
        <location filename="../../ui/widgets/nurse_interval.py" line="19"/>
        <source>Too soon: reschedule</source>
        <translation>Demasiado pronto: reprogramar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_interval.py" line="21"/>
        <source>Interval: nurse review</source>
        <translation>Intervalo: revisión de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_interval.py" line="23"/>
        <source>Yearly refresher</source>
        <translation>Repaso anual</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_interval.py" line="24"/>
        <source>Advice</source>
        <translation>Consejo</translation>
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
        <location filename="../../ui/widgets/nurse_pinpad.py" line="35"/>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="91"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="36"/>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="92"/>
        <source>Enter your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="44"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="44"/>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="45"/>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="49"/>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="93"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="52"/>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="94"/>
        <source>Sign in with this PIN</source>
        <translation>Entrar con este PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="83"/>
        <source>Staff code</source>
        <translation>Código de personal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="84"/>
        <source>Your staff code</source>
        <translation>Su código de personal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="85"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_pinpad.py" line="86"/>
        <source>Continue to the PIN</source>
        <translation>Continuar al PIN</translation>
    </message>
</context>
<context>
    <name>NursePinRules</name>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="19"/>
        <source>Please choose a PIN.</source>
        <translation>Elija un PIN, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="20"/>
        <source>A PIN is made of digits only.</source>
        <translation>El PIN solo puede contener números.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="23"/>
        <source>The PIN needs at least {n} digits; this one has {m}.</source>
        <translation>El PIN necesita al menos {n} dígitos; este tiene {m}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="26"/>
        <source>A PIN has at most {n} digits.</source>
        <translation>Un PIN tiene como máximo {n} dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="29"/>
        <source>This PIN repeats itself (like 111111 or 121212) and is easy to guess. Please choose another.</source>
        <translation>Este PIN se repite (como 111111 o 121212) y es fácil de adivinar. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="34"/>
        <source>This PIN counts up or down (like 123456 or 987654) and is easy to guess. Please choose another.</source>
        <translation>Este PIN cuenta hacia arriba o hacia abajo (como 123456 o 987654) y es fácil de adivinar. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="39"/>
        <source>This PIN reads as a date, and birthdays are easy to guess. Please choose another.</source>
        <translation>Este PIN parece una fecha, y los cumpleaños son fáciles de adivinar. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="43"/>
        <source>This PIN is one of the most common ones. Please choose another.</source>
        <translation>Este PIN es de los más comunes. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="47"/>
        <source>This is the published demo PIN; a real clinic cannot use it. Please choose another.</source>
        <translation>Este es el PIN de demostración publicado; una clínica real no puede usarlo. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="51"/>
        <source>The two PINs are not the same. Please type the PIN again in both boxes.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN otra vez en ambas casillas, por favor.</translation>
    </message>
</context>
<context>
    <name>NurseReasonDialog</name>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="54"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="60"/>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="63"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="76"/>
        <source>Why is it corrected?</source>
        <translation>¿Por qué se corrige?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="93"/>
        <source>Please say what was wrong with the record.</source>
        <translation>Indique qué estaba mal en el registro.</translation>
    </message>
</context>
<context>
    <name>NurseStaffErrors</name>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="68"/>
        <source>Too many wrong PINs on this station. Please wait until {time} and try again, or sign in at another station.</source>
        <translation>Demasiados PIN incorrectos en este puesto. Espere hasta las {time} y vuelva a intentarlo, o entre desde otro puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="74"/>
        <source>This account is locked after too many wrong PINs. Please ask an administrator to unlock it.</source>
        <translation>Esta cuenta está bloqueada tras demasiados PIN incorrectos. Pida a un administrador que la desbloquee.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="81"/>
        <source>That staff code and PIN do not match. Please try again.</source>
        <translation>Ese código de personal y ese PIN no coinciden. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="84"/>
        <source>You are no longer signed in. Please sign in again.</source>
        <translation>Su sesión ya no está abierta. Vuelva a entrar.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="87"/>
        <source>This account has been disabled.</source>
        <translation>Esta cuenta ha sido desactivada.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="90"/>
        <source>This account is locked. Please ask an administrator.</source>
        <translation>Esta cuenta está bloqueada. Consulte a un administrador.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="93"/>
        <source>Only an administrator can do that.</source>
        <translation>Solo un administrador puede hacer eso.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="101"/>
        <source>This clinic already has an administrator (made on another station a moment ago). Please sign in.</source>
        <translation>Esta clínica ya tiene un administrador (creado hace un momento en otro puesto). Entre con su código y PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="106"/>
        <source>A staff member with this name already exists. Please add a middle initial or another detail so the two can be told apart.</source>
        <translation>Ya existe un miembro del personal con este nombre. Añada una inicial u otro detalle para distinguirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="111"/>
        <source>Please type the name.</source>
        <translation>Escriba el nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="114"/>
        <source>Please keep the name shorter.</source>
        <translation>Escriba un nombre más corto.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="117"/>
        <source>The name holds an invisible or control character; please type it again.</source>
        <translation>El nombre contiene un carácter invisible o de control; escríbalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="121"/>
        <source>A name needs at least one letter.</source>
        <translation>Un nombre necesita al menos una letra.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="124"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>No se puede desactivar al último administrador.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="127"/>
        <source>This account is disabled; its PIN cannot be changed.</source>
        <translation>Esta cuenta está desactivada; su PIN no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="130"/>
        <source>The current PIN is not right.</source>
        <translation>El PIN actual no es correcto.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/staff_words.py" line="133"/>
        <source>Please choose a PIN different from the old one.</source>
        <translation>Elija un PIN distinto del anterior.</translation>
    </message>
</context>
<context>
    <name>NurseStation</name>
    <message>
        <location filename="../../ui/nurse/station.py" line="74"/>
        <source>Nurse station</source>
        <translation>Puesto de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="112"/>
        <source>Opening the nurse station…</source>
        <translation>Abriendo el puesto de enfermería…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="250"/>
        <source>You were signed out automatically after a while without activity.</source>
        <translation>Su sesión se cerró automáticamente tras un tiempo sin actividad.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="326"/>
        <source>Your PIN was changed.</source>
        <translation>Su PIN se cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="304"/>
        <source>Cleared to proceed.</source>
        <translation>Autorizado para el procedimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/station.py" line="306"/>
        <source>Deferred.</source>
        <translation>Aplazado.</translation>
    </message>
</context>
<context>
    <name>NurseVisit</name>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="78"/>
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
    <name>OutboxBanner</name>
    <message>
        <location filename="../../ui/nurse/outbox_banner.py" line="92"/>
        <source>Check-ins not yet arrived at this database:</source>
        <translation>Registros de llegada que aún no han llegado a esta base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/outbox_banner.py" line="99"/>
        <source>• %1 holds 1 check-in that has not arrived, since %2.</source>
        <translation>• %1 guarda 1 registro de llegada que aún no ha llegado, desde las %2.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/outbox_banner.py" line="104"/>
        <source>• %1 holds %3 check-ins that have not arrived, the oldest since %2.</source>
        <translation>• %1 guarda %3 registros de llegada que aún no han llegado; el más antiguo, desde las %2.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/outbox_banner.py" line="111"/>
        <source>• %1 has not been heard from since %2; check-ins made there may not have arrived.</source>
        <translation>• No se sabe nada de %1 desde las %2; puede que los registros de llegada hechos allí no hayan llegado.</translation>
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
        <translation>Registro de llegada</translation>
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
    <message>
        <source>We cannot print part of that name on your papers. Please type it without symbols or pictures; a nurse can help.</source>
        <translation>No podemos imprimir parte de ese nombre en sus documentos. Escríbalo sin símbolos ni dibujos, por favor; el personal de enfermería le puede ayudar.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="49"/>
        <location filename="../../ui/printing/preview_dialog.py" line="50"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="61"/>
        <source>The document as it will print</source>
        <translation>El documento tal como se imprimirá</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="67"/>
        <source>Print status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="71"/>
        <location filename="../../ui/printing/preview_dialog.py" line="72"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="74"/>
        <location filename="../../ui/printing/preview_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="125"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="130"/>
        <source>Printing failed.</source>
        <translation>La impresión falló.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="133"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="140"/>
        <source>Not printed: {0} You can press Print to try again.</source>
        <translation>No se imprimió: {0} Puede pulsar Imprimir para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Not printed yet: {0} Then cancel or print it again under Administration &gt; Print jobs.</source>
        <translation>Aún no se ha impreso: {0} Después cancélelo o vuelva a imprimirlo en Administración &gt; Impresiones.</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="50"/>
        <location filename="../../ui/nurse/procedure_page.py" line="91"/>
        <source>Record the procedure</source>
        <translation>Registrar el procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="62"/>
        <source>Treated area: {area}</source>
        <translation>Zona tratada: {area}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="74"/>
        <source>One session fewer</source>
        <translation>Una sesión menos</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="75"/>
        <source>One session more</source>
        <translation>Una sesión más</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="82"/>
        <location filename="../../ui/nurse/procedure_page.py" line="120"/>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="85"/>
        <source>Procedure notes</source>
        <translation>Notas del procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="86"/>
        <source>Needle depth, products used, how the patient tolerated it…</source>
        <translation>Profundidad de la aguja, productos usados, cómo se toleró…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="90"/>
        <source>Record procedure</source>
        <translation>Registrar procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="96"/>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="97"/>
        <source>Preview and print the aftercare sheet</source>
        <translation>Ver e imprimir la hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="118"/>
        <source>Treated areas (at least one)</source>
        <translation>Zonas tratadas (al menos una)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="122"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="127"/>
        <source>Once recorded, print the patient&apos;s own dated aftercare sheet.</source>
        <translation>Una vez registrado, imprima la hoja de cuidados con las fechas de esta persona.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="145"/>
        <source>Procedure for {name}</source>
        <translation>Procedimiento de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="153"/>
        <source>Working out the next session number…</source>
        <translation>Calculando el número de la próxima sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="177"/>
        <source>Proposed from this patient&apos;s earlier sessions; change it if needed.</source>
        <translation>Propuesto según las sesiones anteriores de esta persona; cámbielo si hace falta.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="185"/>
        <source>Tick at least one treated area.</source>
        <translation>Marque al menos una zona tratada.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/procedure_page.py" line="236"/>
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
        <location filename="../../ui/nurse/queue_page.py" line="69"/>
        <source>Today&apos;s queue</source>
        <translation>Pacientes de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="81"/>
        <source>Today&apos;s check-ins</source>
        <translation>Pacientes registrados hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="85"/>
        <source>Show visits with status</source>
        <translation>Mostrar las visitas con el estado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="86"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="94"/>
        <source>Search any day by name or date of birth</source>
        <translation>Buscar en cualquier día por nombre o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="95"/>
        <source>Name or date of birth (e.g. 1991-04-12)</source>
        <translation>Nombre o fecha de nacimiento (p. ej., 1991-04-12)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="98"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="98"/>
        <source>Search all days</source>
        <translation>Buscar en todos los días</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="101"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="101"/>
        <source>Back to today&apos;s queue</source>
        <translation>Volver a los pacientes de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="107"/>
        <source>Needs attention first</source>
        <translation>Primero lo que requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="108"/>
        <source>Order the queue with visits that need attention first</source>
        <translation>Ordenar la lista con las visitas que requieren atención primero</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="114"/>
        <source>Check-ins</source>
        <translation>Pacientes registrados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="141"/>
        <source>Open visit</source>
        <translation>Abrir visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="142"/>
        <source>Open the selected visit</source>
        <translation>Abrir la visita seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="202"/>
        <source>Check-ins for {day}</source>
        <translation>Pacientes registrados el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="209"/>
        <source>Search results for “{what}”, all days</source>
        <translation>Resultados de la búsqueda de “{what}”, todos los días</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="263"/>
        <source>Needs attention first: flagged visits awaiting review (most serious on top), then by check-in time. Tap a column title to sort by it.</source>
        <translation>Primero lo que requiere atención: visitas con alertas pendientes de revisión (las más graves arriba), luego por hora de llegada. Toque el título de una columna para ordenar por ella.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="274"/>
        <source>Sorted by {column}, ascending.</source>
        <translation>Ordenado por {column}, ascendente.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="276"/>
        <source>Sorted by {column}, descending.</source>
        <translation>Ordenado por {column}, descendente.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="390"/>
        <source>Type a name or a date of birth to search.</source>
        <translation>Escriba un nombre o una fecha de nacimiento para buscar.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="410"/>
        <source>Nobody found. Check the spelling, or try the date of birth.</source>
        <translation>No se encontró a nadie. Revise la ortografía o pruebe con la fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_page.py" line="412"/>
        <source>No check-ins to show yet.</source>
        <translation>Todavía no hay pacientes registrados.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="217"/>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="218"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="219"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="220"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="221"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/queue_model.py" line="259"/>
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
        <location filename="../../ui/speech/voice.py" line="254"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../ui/speech/describe.py" line="42"/>
        <source>not available yet</source>
        <translation>todavía no disponible</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="191"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="200"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="202"/>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="206"/>
        <source>Fastest</source>
        <translation>Lo más rápido</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="208"/>
        <source>Slowest</source>
        <translation>Lo más lento</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="248"/>
        <source>deleted {char}</source>
        <translation>borrado {char}</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="258"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="259"/>
        <source>hyphen</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="260"/>
        <source>apostrophe</source>
        <translation>apóstrofo</translation>
    </message>
    <message>
        <location filename="../../ui/speech/voice.py" line="261"/>
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
        <location filename="../../ui/nurse/setup_page.py" line="43"/>
        <source>First-time setup</source>
        <translation>Configuración inicial</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="46"/>
        <source>Welcome. No staff accounts exist yet. Create the first administrator: this person can then add the other nurses. The PIN needs at least {n} digits; repeated digits, runs like 123456, dates and the most common PINs are refused.</source>
        <translation>Bienvenido. Aún no hay cuentas de personal. Cree el primer administrador: esta persona podrá añadir después a las demás enfermeras. El PIN necesita al menos {n} dígitos; no se aceptan dígitos repetidos, series como 123456, fechas ni los PIN más comunes.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="56"/>
        <source>Administrator&apos;s name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="57"/>
        <source>e.g. Ana Torres</source>
        <translation>p. ej., Ana Torres</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="58"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="59"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="63"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="64"/>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="68"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="69"/>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="79"/>
        <source>Set up the nurse station</source>
        <translation>Configurar el puesto de enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/setup_page.py" line="94"/>
        <source>Please type the administrator&apos;s name.</source>
        <translation>Escriba el nombre del administrador, por favor.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="27"/>
        <location filename="../../ui/nurse/signin_page.py" line="30"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="41"/>
        <source>Type the staff code again</source>
        <translation>Escribir de nuevo el código</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="42"/>
        <source>Back to the staff code</source>
        <translation>Volver al código de personal</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="48"/>
        <source>Back to patient check-in</source>
        <translation>Volver al registro de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="49"/>
        <source>Leave the nurse station and return to patient check-in</source>
        <translation>Salir del puesto de enfermería y volver al registro de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="77"/>
        <source>Type your {n}-digit staff code.</source>
        <translation>Escriba su código de personal de {n} dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/signin_page.py" line="86"/>
        <source>Staff code {code}. Now type your PIN.</source>
        <translation>Código de personal {code}. Ahora escriba su PIN.</translation>
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
        <location filename="../../ui/startup_problems.py" line="76"/>
        <source>This station&apos;s audit secret does not fit the clinic&apos;s audit log, or the log was cut short. Do not start a new log. Ask IT to restore the file audit.key (and, after restoring a database backup, its audit checkpoint) as described in docs/record.md.</source>
        <translation>El secreto de auditoría de este puesto no corresponde al registro de auditoría de la clínica, o el registro fue recortado. No empiece un registro nuevo. Pida a soporte técnico que restaure el archivo audit.key (y, tras restaurar una copia de la base de datos, su punto de control de auditoría) como se describe en docs/record.md.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="52"/>
        <source>The clinic database server does not answer. Check that the server is on and this station is on the clinic network, then press Try again.</source>
        <translation>El servidor de la base de datos de la clínica no responde. Compruebe que el servidor esté encendido y que este puesto esté conectado a la red de la clínica; luego pulse “Intentar de nuevo”.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="35"/>
        <source>The database file looks damaged. Do not delete it. Ask IT to restore the newest backup from {folder} (see the README, &apos;Backups&apos;).</source>
        <translation>El archivo de la base de datos parece dañado. No lo borre. Pida a soporte técnico que restaure la copia de seguridad más reciente de {folder} (vea el README, sección &apos;Backups&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="24"/>
        <source>This station may not write to its data folder. Ask IT to check its rights.</source>
        <translation>Este puesto no tiene permiso para escribir en su carpeta de datos. Pida a soporte técnico que revise los permisos.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="20"/>
        <source>The disk is full. Ask IT to free space, then press Try again.</source>
        <translation>El disco está lleno. Pida a soporte técnico que libere espacio; luego pulse “Intentar de nuevo”.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="29"/>
        <source>The clinic database server accepts no changes (it is a read-only standby). Ask IT to point this station at the main server.</source>
        <translation>El servidor de la base de datos de la clínica no acepta cambios (es una réplica de solo lectura). Pida a soporte técnico que conecte este puesto al servidor principal.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="41"/>
        <source>The clinic database file is empty. If this station held a clinic, ask IT to restore the newest backup from {folder} with &apos;clinic-kiosk restore&apos;.</source>
        <translation>El archivo de la base de datos de la clínica está vacío. Si este puesto tenía los datos de una clínica, pida a soporte técnico que restaure la copia de seguridad más reciente de {folder} con &apos;clinic-kiosk restore&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="47"/>
        <source>This database belongs to a newer version of the kiosk; update this station.</source>
        <translation>Esta base de datos pertenece a una versión más reciente del quiosco; actualice este puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="58"/>
        <source>The clinic database is busy with another station. Please press Try again in a moment.</source>
        <translation>La base de datos de la clínica está ocupada con otro puesto. Pulse “Intentar de nuevo” dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="93"/>
        <source>A content file is not valid. Ask whoever edited it to run &apos;clinic-kiosk check-content&apos;.</source>
        <translation>Un archivo de contenido no es válido. Pida a quien lo editó que ejecute &apos;clinic-kiosk check-content&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="99"/>
        <source>Please press Try again. If this keeps happening, call IT.</source>
        <translation>Pulse “Intentar de nuevo”, por favor. Si vuelve a pasar, llame a soporte técnico.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_problems.py" line="102"/>
        <source>Technical detail for IT ({target}): {detail}</source>
        <translation>Detalle técnico para soporte ({target}): {detail}</translation>
    </message>
</context>
<context>
    <name>StationAccess</name>
    <message>
        <location filename="../../ui/nurse/access.py" line="67"/>
        <source>{name} was created. Your staff code is {code}: type it, then your PIN.</source>
        <translation>Se creó a {name}. Su código de personal es {code}: escríbalo y después su PIN.</translation>
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
    <name>TopBar</name>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="28"/>
        <source>My PIN</source>
        <translation>Mi PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="28"/>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="31"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="31"/>
        <source>Open administration</source>
        <translation>Abrir la administración</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="34"/>
        <location filename="../../ui/nurse/top_bar.py" line="77"/>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="34"/>
        <location filename="../../ui/nurse/top_bar.py" line="78"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="41"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="53"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión de {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="71"/>
        <source>Tap again to exit</source>
        <translation>Toque otra vez para salir</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/top_bar.py" line="72"/>
        <source>Tap again to confirm leaving kiosk mode</source>
        <translation>Toque otra vez para confirmar la salida del modo quiosco</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Merge with another record…</source>
        <translation>Unir con otro registro…</translation>
    </message>
    <message>
        <source>Merge another record of this same person into this one</source>
        <translation>Unir a este otro registro de la misma persona</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>Deshacer…</translation>
    </message>
    <message>
        <source>Undo a correction of the name or birth date, or a merge</source>
        <translation>Deshacer una corrección del nombre o de la fecha de nacimiento, o una unión</translation>
    </message>
    <message>
        <source>The records were merged; documents must be printed again.</source>
        <translation>Los registros se unieron; hay que volver a imprimir los documentos.</translation>
    </message>
    <message>
        <source>Nothing to undo: this record was never corrected.</source>
        <translation>Nada que deshacer: este registro nunca se corrigió.</translation>
    </message>
    <message>
        <source>The change was undone; documents must be printed again.</source>
        <translation>El cambio se deshizo; hay que volver a imprimir los documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="440"/>
        <source>Warning: the typed signing name is not the checked-in patient&apos;s name.</source>
        <translation>Atención: el nombre escrito al firmar no es el nombre con el que se registró la visita.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="102"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="125"/>
        <source>Patient&apos;s words</source>
        <translation>Palabras de la persona atendida</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="126"/>
        <source>Show each question and answer as the patient read them</source>
        <translation>Ver cada pregunta y respuesta como se leyeron en la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="134"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="142"/>
        <source>Patient&apos;s signature</source>
        <translation>Firma de quien recibe el tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="151"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="155"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="182"/>
        <source>Back to queue</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="182"/>
        <source>Back to the queue</source>
        <translation>Volver a la lista de pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="185"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="186"/>
        <source>Clear or defer this visit</source>
        <translation>Autorizar o aplazar esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="191"/>
        <source>Record procedure…</source>
        <translation>Registrar procedimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="192"/>
        <source>Record the procedure for this visit</source>
        <translation>Registrar el procedimiento de esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="196"/>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="197"/>
        <source>Preview and print the aftercare sheet</source>
        <translation>Ver e imprimir la hoja de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="201"/>
        <source>Consent record</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="202"/>
        <source>Preview and print the signed consent record</source>
        <translation>Ver e imprimir el registro del consentimiento firmado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="206"/>
        <source>Cancel or no-show…</source>
        <translation>Cancelar o no presentado…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="207"/>
        <source>End this visit without a procedure</source>
        <translation>Terminar esta visita sin procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="211"/>
        <source>Correct procedure…</source>
        <translation>Corregir procedimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="212"/>
        <source>Correct the recorded procedure</source>
        <translation>Corregir el procedimiento registrado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="216"/>
        <source>Correct name or birth date…</source>
        <translation>Corregir nombre o fecha de nacimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="217"/>
        <source>Correct the patient&apos;s name or date of birth</source>
        <translation>Corregir el nombre o la fecha de nacimiento de la persona atendida</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="294"/>
        <source>Born {dob} · checked in {time} at {station} · procedure date {day} · language {lang} · status: {status}</source>
        <translation>Nacimiento: {dob} · llegada: {time}, {station} · procedimiento: {day} · idioma: {lang} · estado: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="339"/>
        <source>1 answer flagged</source>
        <translation>1 respuesta con alerta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="341"/>
        <source>{n} answers flagged</source>
        <translation>{n} respuestas con alerta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="344"/>
        <source>{flagged}; most serious: {outcome}.</source>
        <translation>{flagged}; la más grave: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="349"/>
        <source>Nothing flagged in the checklist.</source>
        <translation>El cuestionario no tiene alertas.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="352"/>
        <source>Earliest safe procedure date: {day}.</source>
        <translation>Primera fecha segura para el procedimiento: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="358"/>
        <source>Questions without a complete answer ({n}): ask the patient.</source>
        <translation>Preguntas sin respuesta completa ({n}): pregúntelas en la consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="365"/>
        <source>The checklist was edited after the patient answered; flags use the current wording.</source>
        <translation>El cuestionario se modificó después de las respuestas; las alertas usan la redacción actual.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="382"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="382"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="382"/>
        <source>Flag and reason</source>
        <translation>Alerta y motivo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="418"/>
        <source>{said} (last used {day})</source>
        <translation>{said} (último uso: {day})</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="424"/>
        <source>No signed consent is stored for this visit.</source>
        <translation>No hay un consentimiento firmado guardado para esta visita.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="429"/>
        <source>Signed by “{name}” on {at} at {station}.
Consent version {version}, text SHA-256 {sha}…</source>
        <translation>Firmado por “{name}” el {at} en {station}.
Versión del consentimiento {version}, SHA-256 del texto {sha}…</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="457"/>
        <source>(signature image unavailable)</source>
        <translation>(imagen de la firma no disponible)</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="535"/>
        <source>The visit was ended.</source>
        <translation>La visita se ha terminado.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="558"/>
        <source>The procedure record was corrected; print the aftercare sheet again.</source>
        <translation>Se corrigió el registro del procedimiento; vuelva a imprimir la hoja de cuidados.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="580"/>
        <source>The patient&apos;s record was corrected; documents must be printed again.</source>
        <translation>Se corrigió la ficha de la persona atendida; hay que volver a imprimir los documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="587"/>
        <source>Completed sessions for this patient: {n}</source>
        <translation>Sesiones realizadas a esta persona: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="589"/>
        <source>Cleared</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="589"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="590"/>
        <source>{verb} by {who} at {at}</source>
        <translation>{verb} por {who} el {at}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="596"/>
        <location filename="../../ui/nurse/visit_page.py" line="630"/>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="598"/>
        <source> (suggested {day})</source>
        <translation> (fecha propuesta: {day})</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="600"/>
        <source> — note: {note}</source>
        <translation> — nota: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="604"/>
        <source>Procedure (session {n}) by {who} at {at}: {areas}</source>
        <translation>Procedimiento (sesión {n}) por {who} el {at}: {areas}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="614"/>
        <source>Corrected record: {reason}</source>
        <translation>Registro corregido: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="619"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="622"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="622"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="624"/>
        <source>{what} by {who} at {at}</source>
        <translation>{what} por {who} el {at}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="640"/>
        <source>Earlier procedures:</source>
        <translation>Procedimientos anteriores:</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="642"/>
        <source>{day}: session {n}, {areas}</source>
        <translation>{day}: sesión {n}, {areas}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="648"/>
        <source> — notes: {notes}</source>
        <translation> — notas: {notes}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="651"/>
        <source>Earlier visits:</source>
        <translation>Visitas anteriores:</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="655"/>
        <source>{day}: {status}, {flags}</source>
        <translation>{day}: {status}, {flags}</translation>
    </message>
    <message>
        <location filename="../../ui/nurse/visit_page.py" line="662"/>
        <source>No earlier visits.</source>
        <translation>No hay visitas anteriores.</translation>
    </message>
    <message>
        <source>{said} (on {day})</source>
        <translation>{said} (el {day})</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/patient/welcome.py" line="128"/>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="130"/>
        <source>Please check in here for your treatment. It takes about three minutes.</source>
        <translation>Regístrese aquí para su tratamiento, por favor. Tarda unos tres minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="132"/>
        <location filename="../../ui/patient/welcome.py" line="134"/>
        <source>Start check-in</source>
        <translation>Comenzar el registro</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="134"/>
        <source>Begins your check-in; you can go back at any time</source>
        <translation>Comienza su registro; puede volver atrás en cualquier momento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="136"/>
        <source>Language / Idioma</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="104"/>
        <source>Shows the screens in this language</source>
        <translation>Muestra las pantallas en este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="106"/>
        <source>In use now. {said}</source>
        <translation>En uso ahora. {said}</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="140"/>
        <location filename="../../ui/patient/welcome.py" line="142"/>
        <source>Stop talking</source>
        <translation>Dejar de hablar</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="142"/>
        <source>The kiosk stops reading the screens aloud</source>
        <translation>El quiosco deja de leer las pantallas en voz alta</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="145"/>
        <source>Talking kiosk (F2 or *)</source>
        <translation>Quiosco que habla (F2 o *)</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="147"/>
        <source>Talking kiosk</source>
        <translation>Quiosco que habla</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="149"/>
        <source>Reads every screen aloud through the headphones; press F2, or the star key on the keypad</source>
        <translation>Lee cada pantalla en voz alta por los auriculares; pulse F2, o la tecla de asterisco del teclado numérico</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="153"/>
        <location filename="../../ui/patient/welcome.py" line="155"/>
        <source>About your treatment</source>
        <translation>Sobre su tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="156"/>
        <source>Read about acne scars and micro-needling while you wait</source>
        <translation>Lea sobre las cicatrices del acné y el microneedling mientras espera</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="158"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="160"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../ui/patient/welcome.py" line="160"/>
        <source>Opens the nurse station; for clinic staff</source>
        <translation>Abre el puesto de enfermería; para el personal de la clínica</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="53"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="57"/>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="59"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="71"/>
        <source>Why is it corrected?</source>
        <translation>¿Por qué se corrige?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nurse_corrections.py" line="87"/>
        <source>Please say what was wrong with the record.</source>
        <translation>Indique qué estaba mal en el registro.</translation>
    </message>
</context>
<context>
    <name>ClinicForm</name>
    <message>
        <source>Please type the clinic&apos;s name.</source>
        <translation>Escriba el nombre de la clínica.</translation>
    </message>
    <message>
        <source>Please type the clinic&apos;s real name; documents would print it.</source>
        <translation>Escriba el nombre real de la clínica; los documentos lo imprimen.</translation>
    </message>
    <message>
        <source>Please type the clinic&apos;s phone number: patients call it with questions.</source>
        <translation>Escriba el teléfono de la clínica: los pacientes llaman a ese número si tienen preguntas.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces and + - ( ) . only.</source>
        <translation>El teléfono solo puede llevar cifras, espacios y + - ( ) .</translation>
    </message>
    <message>
        <source>Please choose the time zone from the list (for example Europe/Madrid).</source>
        <translation>Elija la zona horaria de la lista (por ejemplo, Europe/Madrid).</translation>
    </message>
    <message>
        <source>Please choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
    <message>
        <source>The logo file is larger than 2 MB.</source>
        <translation>El archivo del logotipo ocupa más de 2 MB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>El logotipo debe ser una imagen PNG.</translation>
    </message>
    <message>
        <source>That is too long; please shorten it.</source>
        <translation>Es demasiado largo; acórtelo, por favor.</translation>
    </message>
    <message>
        <source>That holds an invisible or control character; please retype it.</source>
        <translation>Contiene un carácter invisible o de control; escríbalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Please check the clinic&apos;s details.</source>
        <translation>Revise los datos de la clínica.</translation>
    </message>
</context>
<context>
    <name>ClinicFormWidget</name>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>e.g. Bright Skin Clinic</source>
        <translation>p. ej., Clínica Piel Sana</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Calle, ciudad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>e.g. +1 555 0100</source>
        <translation>p. ej., +34 910 000 000</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logotipo (opcional)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulgadas)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>La impresora predeterminada del equipo</translation>
    </message>
    <message>
        <source>{name} (not found now)</source>
        <translation>{name} (no se encuentra ahora)</translation>
    </message>
    <message>
        <source>Greyed-out fields are set by IT in the configuration file and cannot be changed here.</source>
        <translation>Los campos en gris los fija informática en el archivo de configuración y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsPage</name>
    <message>
        <source>Clinic details</source>
        <translation>Datos de la clínica</translation>
    </message>
    <message>
        <source>These details print on every aftercare sheet and consent record: patients call this phone number with questions. Choose the printer the documents go to.</source>
        <translation>Estos datos se imprimen en cada hoja de cuidados y registro de consentimiento: los pacientes llaman a este teléfono si tienen preguntas. Elija la impresora de los documentos.</translation>
    </message>
    <message>
        <source>What documents print about the clinic. Changes apply to the next document on every station and are kept in the audit log.</source>
        <translation>Lo que los documentos imprimen sobre la clínica. Los cambios valen para el siguiente documento en todos los puestos y quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the clinic&apos;s details</source>
        <translation>Guardar los datos de la clínica</translation>
    </message>
    <message>
        <source>Look for printers</source>
        <translation>Buscar impresoras</translation>
    </message>
    <message>
        <source>Look for printers again</source>
        <translation>Volver a buscar impresoras</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>Configure su clínica</translation>
    </message>
    <message>
        <source>No printer was found on this computer. You can save now and choose one later in Administration &gt; Printer.</source>
        <translation>No se encontró ninguna impresora en este equipo. Puede guardar ahora y elegirla más tarde en Administración &gt; Impresora.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The clinic&apos;s details are saved.</source>
        <translation>Los datos de la clínica están guardados.</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Stuck at the printer</source>
        <translation>Detenido en la impresora</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registro del consentimiento</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>default printer</source>
        <translation>impresora predeterminada</translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <source>Print jobs</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Print jobs, newest first</source>
        <translation>Impresiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Only jobs still waiting at a printer</source>
        <translation>Solo los trabajos que esperan en una impresora</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Actualizar la lista</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Volver a imprimir</translation>
    </message>
    <message>
        <source>Print the chosen job again on the printer chosen now</source>
        <translation>Volver a imprimir el trabajo elegido en la impresora elegida ahora</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel the chosen job</source>
        <translation>Cancelar el trabajo elegido</translation>
    </message>
    <message>
        <source>Print again cancels a copy still waiting at the printer first, so nothing prints twice, and uses the printer chosen now.</source>
        <translation>Volver a imprimir cancela antes la copia que aún espera en la impresora, para que nada se imprima dos veces, y usa la impresora elegida ahora.</translation>
    </message>
    <message>
        <source>No print jobs to show.</source>
        <translation>No hay impresiones que mostrar.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <source>Cancelled: it will not print.</source>
        <translation>Cancelado: no se imprimirá.</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Ready.</source>
        <translation>Lista.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Printers on this computer</source>
        <translation>Impresoras de este equipo</translation>
    </message>
    <message>
        <source>Printer state</source>
        <translation>Estado de la impresora</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulgadas)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Look for printers again</source>
        <translation>Volver a buscar impresoras</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <source>Use this printer</source>
        <translation>Usar esta impresora</translation>
    </message>
    <message>
        <source>Use the chosen printer and paper for documents</source>
        <translation>Usar la impresora y el papel elegidos para los documentos</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Choose where aftercare sheets and consent records print. Print a test page to check that the paper size is right and nothing is cut off.</source>
        <translation>Elija dónde se imprimen las hojas de cuidados y los registros de consentimiento. Imprima una página de prueba para comprobar que el tamaño del papel es correcto y que no se corta nada.</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Buscando impresoras…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>La impresora predeterminada del equipo</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
    </message>
    <message>
        <source>IT set the printer or paper in the configuration file; it applies here.</source>
        <translation>Informática fijó la impresora o el papel en el archivo de configuración; eso es lo que vale aquí.</translation>
    </message>
    <message>
        <source>No printer was found on this computer. Switch the printer on and connect it, or ask IT to add it; then press Look again.</source>
        <translation>No se encontró ninguna impresora en este equipo. Encienda y conecte la impresora, o pida a informática que la añada; después pulse Buscar de nuevo.</translation>
    </message>
    <message>
        <source>Documents will print there from now on.</source>
        <translation>Desde ahora los documentos se imprimirán allí.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Imprimiendo una página de prueba…</translation>
    </message>
    <message>
        <source>default printer</source>
        <translation>impresora predeterminada</translation>
    </message>
    <message>
        <source>The test page has printed. Check it: all four sides of the frame visible?</source>
        <translation>La página de prueba se ha impreso. Revísela: ¿se ven los cuatro lados del marco?</translation>
    </message>
</context>
<context>
    <name>ClinicPages</name>
    <message>
        <source>Documents cannot print until the clinic&apos;s name and phone number are set.</source>
        <translation>Los documentos no se pueden imprimir hasta que estén el nombre y el teléfono de la clínica.</translation>
    </message>
    <message>
        <source>Please ask an administrator to set them (Administration &gt; Clinic).</source>
        <translation>Pida a una persona administradora que los configure (Administración &gt; Clínica).</translation>
    </message>
    <message>
        <source>{name} was created; the staff code is {code}. Now the clinic:</source>
        <translation>Se creó la cuenta de {name}; su código de personal es {code}. Ahora, la clínica:</translation>
    </message>
</context>
<context>
    <name>MergePatientDialog</name>
    <message>
        <source>Merge with another record of the same person</source>
        <translation>Unir con otro registro de la misma persona</translation>
    </message>
    <message>
        <source>Keep: {who}</source>
        <translation>Se conserva: {who}</translation>
    </message>
    <message>
        <source>Search the other record by name or date of birth</source>
        <translation>Buscar el otro registro por nombre o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Name or date of birth (e.g. 1991-04-12)</source>
        <translation>Nombre o fecha de nacimiento (p. ej., 1991-04-12)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>Merge the records</source>
        <translation>Unir los registros</translation>
    </message>
    <message>
        <source>No other record was found; try another spelling.</source>
        <translation>No se encontró otro registro; pruebe otra forma de escribirlo.</translation>
    </message>
    <message>
        <source>Merge into it: {who} (its visits move to the record kept)</source>
        <translation>Se une a este: {who} (sus visitas pasan al registro que se conserva)</translation>
    </message>
    <message>
        <source>Search for the other record and choose it.</source>
        <translation>Busque el otro registro y elíjalo.</translation>
    </message>
</context>
<context>
    <name>NurseMergeDialog</name>
    <message>
        <source>{name}, born {day}</source>
        <translation>{name}, nacido/a el {day}</translation>
    </message>
</context>
<context>
    <name>NurseUndoDialog</name>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unido</translation>
    </message>
    <message>
        <source>Unmerged</source>
        <translation>Separado</translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Corrección deshecha</translation>
    </message>
    <message>
        <source>{what}: {before} → {after} ({who}, {day}): {reason}</source>
        <translation>{what}: {before} → {after} ({who}, {day}): {reason}</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (deshecho)</translation>
    </message>
</context>
<context>
    <name>UndoIdentityDialog</name>
    <message>
        <source>Undo a correction or merge</source>
        <translation>Deshacer una corrección o unión</translation>
    </message>
    <message>
        <source>Identity history, newest first</source>
        <translation>Historial de identidad, lo más reciente primero</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>Deshacerlo</translation>
    </message>
    <message>
        <source>Choose the correction or merge to undo.</source>
        <translation>Elija la corrección o unión que desea deshacer.</translation>
    </message>
</context>
<context>
    <name>ReissueBar</name>
    <message>
        <source>Print the corrected sheet</source>
        <translation>Imprimir la hoja corregida</translation>
    </message>
    <message>
        <source>Preview and print the corrected aftercare sheet</source>
        <translation>Ver e imprimir la hoja de cuidados corregida</translation>
    </message>
    <message>
        <source>Print the corrected consent record</source>
        <translation>Imprimir el consentimiento corregido</translation>
    </message>
    <message>
        <source>Preview and print the corrected signed consent record</source>
        <translation>Ver e imprimir el registro del consentimiento firmado corregido</translation>
    </message>
    <message>
        <source>The record was corrected: give the patient the corrected documents.</source>
        <translation>Se corrigió el registro: entregue a la persona atendida los documentos corregidos.</translation>
    </message>
</context>
<context>
    <name>VisitFormPage</name>
    <message>
        <source>Back to visit</source>
        <translation>Volver a la visita</translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation>Volver a la visita</translation>
    </message>
</context>
<context>
    <name>FlagReasons</name>
    <message>
        <source>Patient&apos;s words</source>
        <translation>Palabras de la persona atendida</translation>
    </message>
    <message>
        <source>Show each flagged question and answer as the patient read them</source>
        <translation>Mostrar cada pregunta y respuesta con alerta tal como las leyó la persona atendida</translation>
    </message>
    <message>
        <source>Nothing flagged.</source>
        <translation>Sin alertas.</translation>
    </message>
</context>
</TS>
