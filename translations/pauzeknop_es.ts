<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Mi ritmo %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Tu propio ritmo: toma aire, retén, suelta el aire, retén.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Detente si te mareas o no te sientes bien.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: un botón de pausa para quienes cuidan de niños pequeños.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Abrir en la pantalla de pausa.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Guardar el registro de uso y los ajustes en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Usar el idioma &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Iniciar oculto en el área de notificación, listo para una pausa.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Leer un PIN de administrador de la entrada estándar e imprimir la línea para la configuración gestionada (para administradores).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Abrir en «Quién puede ayudar»: líneas de ayuda y tu propia gente a quien llamar.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Escribir en &lt;file&gt; los recuentos semanales del registro de uso (CSV, o JSON si termina en .json) y salir.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Abrir directamente la respiración, con el ejercicio [PATTERN] si se indica: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Con --breathe: el ejercicio con el que respirar.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Ejecuta pauzeknop --help para ver qué opciones entiende.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Ejercicio de respiración desconocido: %1. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Idioma desconocido: %1. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Consejo del equipo de Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Atiende en %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, que atiende en %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Respiración tranquila</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Toma aire durante 4 segundos y suéltalo durante 6, despacio y con suavidad.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Sin retener el aire. Respira con suavidad, no hondo.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Suspiro fisiológico</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Toma aire, toma un poco más encima y luego suéltalo todo despacio.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Detente si te mareas.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Respiración de resonancia</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Toma aire 5,5 segundos y suéltalo 5,5: unas seis respiraciones por minuto. Mejor durante cinco minutos o más.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Respira con suavidad, no hondo.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Respiración cuadrada</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Toma aire 4 segundos, retén 4, suelta 4, retén 4, como los lados de un cuadrado.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Siéntate primero, y nunca retengas el aire mientras tienes a tu bebé en brazos. ¿Estás embarazada o tienes una enfermedad del corazón o de los pulmones? Elige mejor «Respiración tranquila».</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Respiración cuadrada corta</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Un cuadrado más suave: toma aire 3 segundos, retén 3, suelta 3, retén 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Siéntate primero, y nunca retengas el aire mientras tienes a tu bebé en brazos. ¿Estás embarazada o tienes una enfermedad del corazón o de los pulmones? Elige mejor «Respiración tranquila».</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Respiración 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Toma aire 4 segundos, retén 7, suelta el aire 8. Cuatro rondas como máximo.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Siéntate primero, y nunca retengas el aire mientras tienes a tu bebé en brazos. ¿Estás embarazada o tienes una enfermedad del corazón o de los pulmones? Elige «Respiración tranquila». Puede marearte; no se ha probado en estudios científicos.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Contar hasta diez</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Cuenta despacio del 1 al 10 mientras sueltas el aire, antes de hacer nada más.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Corto a propósito: de diez a treinta segundos. Después, si necesitas más, deja al niño en un lugar seguro.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Peligro inmediato, una lesión, o un niño herido o muy enfermo. Policía: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>El médico de guardia cuando la consulta de tu médico de cabecera está cerrada: los fines de semana y festivos, y en la mayoría de las regiones también entre semana por la noche. Desde un teléfono con tarjeta SIM extranjera: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>el 1733, el médico de guardia</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>El médico de guardia los fines de semana (de viernes a las 19:00 a lunes a las 08:00) y los festivos. Entre semana por la noche, aquí no se llama al 1733: pregunta en la consulta de tu médico de cabecera quién está de guardia. Desde un teléfono con tarjeta SIM extranjera: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>el 1733, el médico de guardia de fin de semana</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Violencia, abusos y maltrato infantil: para cualquier persona preocupada, y para quienes a veces ejercen violencia. No hace falta decir quién eres. No es una línea de emergencias.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Para profesionales preocupados por un niño: el Vertrouwenscentrum Kindermishandeling de tu provincia, o el de Bruselas, ofrece consejo y ayuda. Gratuito.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>el Vertrouwenscentrum Kindermishandeling de tu provincia</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Una línea de escucha anónima para cualquier persona que necesite hablar.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Para cualquier persona con pensamientos de suicidio, y para quien está preocupado por alguien. De día y de noche.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Preguntas sobre bebés, niños pequeños y guarderías.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>la Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Una línea de escucha anónima para cualquier persona que necesite hablar, de día y de noche.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Una línea de crisis para cualquier persona con pensamientos de suicidio, y para quien está preocupado por alguien. De día y de noche.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Violencia en la pareja: para víctimas, para quienes ejercen violencia, para niños y testigos. Fuera de su horario, las llamadas pasan a Télé-Accueil (107). No es una línea de emergencias.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Equipos que ayudan cuando un niño puede estar sufriendo daño, también a madres y padres que temen hacer daño a su hijo. Cada zona tiene su propio equipo: busca el tuyo en la web de la ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>el equipo de SOS Enfants de tu zona</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Para niños y jóvenes, y para adultos preocupados por un niño. Gratuita y anónima.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Una línea de escucha anónima para cualquier persona con preocupaciones o en crisis, de día y de noche.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Peligro inmediato, una lesión, o un niño herido o muy enfermo.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Para cualquier persona con pensamientos de suicidio, y para quien está preocupado por alguien. Gratuita y anónima, de día y de noche.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Una línea de escucha para cualquier persona que necesite hablar, de día y de noche.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Violencia doméstica y maltrato infantil: consejo para víctimas, testigos y personas que ejercen violencia. Puedes mantener el anonimato.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>El médico de cabecera de guardia por las tardes, por las noches, los fines de semana y los festivos. Cada región tiene su propio número: lo da el mensaje del teléfono o la web de tu médico de cabecera. No hay un número nacional.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>el huisartsenpost de tu región</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Deja al niño en un lugar seguro: boca arriba en una cuna vacía o en un corralito. Luego sal de la habitación.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Cerrar la puerta unos minutos está bien. Vuelve a mirar cada 5 o 10 minutos.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>¿Sientes ganas de sacudir, agarrar o pegar? Es tu señal: deja al niño en un lugar seguro y sal de la habitación.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Nunca sacudas, lances ni pegues a un niño, ni una sola vez. Sacudir a un bebé puede causarle daño cerebral o la muerte.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Respira despacio durante un minuto: toma aire por la nariz y luego suéltalo despacio.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Cuenta despacio hasta diez antes de hacer nada más.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Ve a otra habitación. Bebe un poco de agua o té, o échate agua fría en la cara.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Di en voz alta: «Estoy al límite. Me tomo cinco minutos».</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Llama a alguien: tu pareja, un vecino, una amiga o {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Llama a alguien: tu pareja, un vecino o una amiga.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Pedir ayuda es una muestra de fuerza, no de debilidad.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>¿Crees que el niño está herido o enfermo? Llama al 112. ¿No es una emergencia, pero no puede esperar? Contacta con {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>¿Crees que el niño está herido o enfermo? Llama al 112. ¿No es una emergencia, pero no puede esperar? Llama a un médico.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>El llanto aumenta a partir de las 2 semanas y llega al máximo entre las 6 y las 8 semanas. Después disminuye.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Que un bebé pequeño llore mucho es normal. No es culpa tuya.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Revisa lo básico una vez: hambre, pañal, demasiado calor o frío, cansancio. Después deja de buscar una causa.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Prueba una sola cosa tranquila cada vez: tararear o cantar, piel con piel, un paseo en el cochecito, un baño tibio.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Hay llanto que no se puede calmar. El llanto en sí no le hace daño a tu bebé, y pasará.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Un llanto que suena distinto, fiebre o que no quiera comer: consulta a un médico.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Acuesta al bebé y déjale una mano sobre la barriguita, o espera a que duerma profundamente.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>¿Sin fuerzas? Acuesta al bebé en su propia cuna antes de descansar.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Nunca te duermas con un bebé en el sofá o en un sillón.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Pide a tu pareja o a los abuelos que te releven un rato.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Las rabietas son una etapa normal. La mayoría pasan en menos de 15 minutos.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Mantén al niño a salvo, quédate cerca y deja que pase sin discutir.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Nombra el sentimiento y el límite con pocas palabras: «Tienes mucha rabia. Pegar hace daño, no te dejo».</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>¿No consigues mantener la calma? Si el niño está a salvo, sal un minuto o dos.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Busca lo que hay debajo: hambre, cansancio, demasiados estímulos.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Después, busca de nuevo el contacto, y elogia al niño la próxima vez que algo salga bien.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Deja de darle de comer cuando el niño muestre que ya no quiere más. Nunca lo obligues a comer.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Una comida rechazada no es un fracaso. Habrá otra.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>¿Las comidas acaban siempre en llanto? Consulta con {line:parenting} o con tu médico de cabecera.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>¿Las comidas acaban siempre en llanto? Consulta con tu médico de cabecera o con tu pediatra.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Acuerda con tus compañeros una señal que signifique: relévame, necesito dos minutos.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Nunca dejes al grupo sin vigilancia. Pide antes a un compañero que te releve.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>¿Sin nadie más con el grupo? Primero pon a todos a salvo: los bebés en la cuna, los pequeños sentados con algo tranquilo.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Cuando todos estén a salvo, llama a tu responsable o a tu persona de apoyo.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Los bebés se contagian el llanto unos a otros. Es el ambiente del grupo, no tú.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Después de un momento difícil, háblalo con un compañero o con tu responsable.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>¿Te preocupa cómo tratas tú a un niño, o cómo lo trata un compañero? Díselo a tu responsable y sigue el procedimiento de tu organización. También puedes consultar con {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>¿Te preocupa cómo tratas tú a un niño, o cómo lo trata un compañero? Díselo a tu responsable y sigue el procedimiento de tu organización.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Pide ayuda concreta: una comida, o que alguien cuide al bebé quince minutos.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Prepara de antemano un plan para el llanto: tres cosas que calman, a quién llamar, dónde se queda el bebé.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Comparte la regla de no sacudir nunca al bebé, y tu plan, con todas las personas que lo cuidan.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Llorar con facilidad o sentirse sin ánimo en las dos primeras semanas tras el parto es frecuente. ¿Dura más, o tienes pensamientos de hacerte daño a ti o a tu bebé? Consulta hoy mismo a tu médico de cabecera, o llama a {line:crisis}, de día o de noche.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Llorar con facilidad o sentirse sin ánimo en las dos primeras semanas tras el parto es frecuente. ¿Dura más, o tienes pensamientos de hacerte daño a ti o a tu bebé? Consulta hoy mismo a tu médico de cabecera. ¿Hay peligro ahora? Llama al 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Los consejos para un sueño seguro han cambiado: boca arriba, en una cuna vacía. Sigue la rutina de los padres.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Como abuela o abuelo, tú también puedes alejarte un momento. Dejar al bebé en un lugar seguro siempre está permitido.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>¿Has sacudido o pegado a tu bebé, o tu bebé parece estar mal ahora (muy adormilado, muy flojo, vomita, no come, tiene convulsiones)? Llama al 112 ahora y cuenta lo que ha pasado.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>¿Has gritado o agarrado con fuerza? Nunca es tarde para hablarlo y hacer las paces con el niño.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>¿Tienes miedo de hacer daño al niño? Díselo a tu médico de cabecera: puede ayudarte a encontrar apoyo. Pedir ayuda es una muestra de fuerza.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>el 112, el número de emergencias</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>el 1712, la línea de ayuda contra la violencia y los abusos</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>la línea de escucha Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>la Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>la línea de escucha Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>la línea del Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>la línea Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>la línea de escucha Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>el 112, el número de emergencias</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie</source>
        <comment>helpline-mention:nl-113</comment>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <source>De Luisterlijn (088 0767 000)</source>
        <comment>helpline-mention:nl-luisterlijn</comment>
        <translation>De Luisterlijn (088 0767 000)</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Call {line:abuse-advice}: they also help people who are afraid of that.</source>
        <comment>tip:afterwards-help-for-you</comment>
        <translation>¿Tienes miedo de hacer daño al niño? Contacta con {line:abuse-advice}: también ayudan a quienes tienen ese miedo.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Mi plan para el llanto</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>El llanto es normal y pasa. Cuando ya no puedas más, sigue estos pasos.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Acuesta al bebé boca arriba en su propia cuna vacía o en un corralito. Luego sal de la habitación.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Suelta el aire despacio. Cuenta hasta diez. Bebe un poco de agua.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Vuelve a mirar cada 5 o 10 minutos.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Llama a una de las personas de abajo. Pedir ayuda es de valientes.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Nunca sacudas a un bebé, ni siquiera un momento. Sacudirlo puede causar daño cerebral o la muerte.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>¿El niño está herido o enfermo? Llama al 112 enseguida.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Comparte este plan con todas las personas que cuidan al bebé.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Toma aire</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Retén tras tomar aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Suelta el aire</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Retén tras soltar el aire</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Puedes guardar hasta seis ritmos. Borra uno primero.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: escribe un número de segundos, como 4 o 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 no puede durar menos de 0 segundos.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 puede durar como máximo 12 segundos.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: usa segundos enteros o medios, como 4 o 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 necesita al menos 1 segundo.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Escribe el PIN de administrador y pulsa Intro: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Pon esta línea en la sección [organisation] de pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>El PIN necesita al menos %n carácter; no se ha creado nada.
</numerusform>
            <numerusform>El PIN necesita al menos %n caracteres; no se ha creado nada.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>La configuración gestionada</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>vale el PIN de administrador de la línea %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>no hay ningún PIN de administrador.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>No se puede leer la configuración gestionada; Pauzeknop usa sus propios ajustes.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>La configuración gestionada ocupa más de 1 MB y no se usa; Pauzeknop usa sus propios ajustes.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Otras cuentas además del administrador (root) pueden cambiar la configuración gestionada, así que no se usa.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 no es un ajuste (clave=valor) y se ignora.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 tiene más de %2 caracteres y se ignora.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: la sección [%2] es desconocida; sus líneas se ignoran.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: «%2» está antes de cualquier [sección] y se ignora.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: la clave «%2» es desconocida y se ignora.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: «%2» espera %3; se ignora la línea.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: «%2» ya estaba definido en la línea %3; vale la línea %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin no es un hash creado con pauzeknop --hash-pin y se ignora; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: este adminPin se creó con menos de %2 rondas y es demasiado fácil de adivinar; crea uno nuevo con pauzeknop --hash-pin. Se ignora; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>No se muestra %n problema más de este archivo.</numerusform>
            <numerusform>No se muestran %n problemas más de este archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 nombra una sección desconocida; sus líneas se ignoran.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 está antes de cualquier [sección] y se ignora.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 tiene una clave que Pauzeknop no conoce y se ignora.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>«%1» falta o está vacío</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«%1» tiene más de %n carácter</numerusform>
            <numerusform>«%1» tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>«%1» debe ser un único texto en inglés: las traducciones van en los archivos .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>«%1» tiene más de %n idioma</numerusform>
            <numerusform>«%1» tiene más de %n idiomas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>«%1» en «%2» debe ser un texto de %n carácter como máximo bajo un código de idioma como «nl»</numerusform>
            <numerusform>«%1» en «%2» debe ser un texto de %n caracteres como máximo bajo un código de idioma como «nl»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>«%1» debe ser una lista de 1 a %n elemento</numerusform>
            <numerusform>«%1» debe ser una lista de 1 a %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>«%1» contiene «%2»: usa minúsculas, cifras y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>«%1» debe ser una lista de %2 (se encontró «%3»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>«%1» debe ser una dirección web (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: clave desconocida «%3» ignorada.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>consejo %1 («%2»)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>consejo %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; se omite este consejo.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«id» debe contener minúsculas, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>«situation» debe ser uno de estos valores: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>«text» nombra una línea con {line:...}, así que «text_without_line» debe decir lo mismo para una región sin esa línea</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>«text_without_line» no debe nombrar ninguna línea</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>el texto «%1» debe nombrar las mismas líneas que los demás</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>Falta «source»: cada consejo dice de dónde viene</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«source» tiene más de %n carácter</numerusform>
            <numerusform>«source» tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>«channels» debe ser una lista de %n forma de contacto como máximo</numerusform>
            <numerusform>«channels» debe ser una lista de %n formas de contacto como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>canal %1: «kind» debe ser phone, chat, sms, mail o web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>canal %1: «%2» no es un %3 válido</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>canal %1: «hours» tiene más de %n carácter</numerusform>
            <numerusform>canal %1: «hours» tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>canal %1: no se entiende el horario «%2» (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>línea de ayuda %1 («%2»)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>línea de ayuda %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; se omite este contacto.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>Falta «name»</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«name» tiene más de %n carácter</numerusform>
            <numerusform>«name» tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>«cost» debe ser «free» o «zonal»</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>«emergency» está reservado para el 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>«verified» necesita «verified_on» con una fecha como 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>«channels» debe indicar al menos una forma de contacto</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>ejercicio %1 («%2»)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; este ejercicio no conserva ningún texto.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>Se necesitan «id» y «source»</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: ocupa más de 1 MB; no se lee.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: JSON no válido en el carácter %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: se esperaba un objeto con «tips» y «helplines».</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: clave desconocida «%2» ignorada.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: «version» debería ser 1; se lee como versión 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: «%2» debe ser una lista.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: «%2» tiene %n entrada; solo se leen las primeras %3.</numerusform>
            <numerusform>%1: «%2» tiene %n entradas; solo se leen las primeras %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, consejo «%2»: este id ya se usa; se omite este consejo.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, línea de ayuda «%2»: este id ya se usa; se omite este contacto.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... y %n problema más, no mostrado.</numerusform>
            <numerusform>... y %n problemas más, no mostrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>SafeExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 es un enlace creado por otra cuenta de este ordenador, así que no se ha escrito nada ahí. Elige otro lugar, por favor.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>no es un archivo que se pueda reemplazar.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>demasiados enlaces.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>no se abrió el archivo.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Tu archivo de ajustes era demasiado grande para leerlo, así que Pauzeknop empezó con ajustes nuevos. El archivo antiguo se guardó como %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Tu archivo de ajustes es demasiado grande para leerlo. Por ahora, Pauzeknop usa sus ajustes habituales.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>No se ha podido guardar en este ordenador (puede que el disco esté lleno o sea de solo lectura). Se mantiene hasta que Pauzeknop se cierre.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos valores: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>una tecla como Ctrl+Alt+P (con Ctrl, Alt o Super), u off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Este es un ordenador compartido: aquí no se guardan contactos personales.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Fijado por tu organización para todos en este ordenador.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Fijado por %1 para todos en este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>como máximo %n carácter</numerusform>
            <numerusform>como máximo %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Un bebé que llora</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>No quiere dormir</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Una rabieta</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Comidas y tomas</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Un grupo agitado en la guardería</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Sin fuerzas</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>No se pudo abrir el registro de uso: la exportación está vacía.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Recuentos semanales escritos en %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>El PIN del administrador muestra el registro de pausas.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Comprueba el PIN de administrador.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>No hay ningún PIN de administrador en este ordenador.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Desbloqueado hasta que se cierre Pauzeknop.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Comprobando el PIN...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Ese PIN no es correcto. Espera %1 s y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Qué hacer ahora: tomar aire, retenerlo o soltarlo.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Toma aire</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Un poco más</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retén el aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Suelta el aire</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Cuenta despacio</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Muy bien. El ejercicio de respiración ha terminado.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Quedan %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Segundos de este paso</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Crece al tomar aire y se encoge al soltarlo.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Barra de respiración</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Se llena al tomar aire y se vacía al soltarlo.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Una ronda más</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Alarga un poco esta sesión de respiración.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Detiene el temporizador y te pregunta cómo te sientes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Queda %Ln minuto</numerusform>
            <numerusform>Quedan %Ln minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un consejo: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Muy bien.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Te has tomado una pausa. Ha sido bueno para ti y para el niño.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respirar otra vez</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Empieza otra ronda de respiración.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina la pausa y vuelve a la pantalla de inicio.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>¿Cómo te sientes ahora?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Más calma</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Muestra unas palabras amables, un consejo y el camino de vuelta.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Aún con tensión</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Ofrece otra ronda, otro ejercicio o unos minutos fuera.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Necesito ayuda</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Muestra a quién puedes llamar, primero el 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Tu gente</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Apunta ahora a quién puedes llamar cuando ya no puedas más: tu pareja, un vecino, una amiga.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Abre tu teléfono o tu aplicación de llamadas para llamar a %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Hacer mi plan para el llanto</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Editar mi plan para el llanto</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Las personas a las que quieres llamar, guardadas solo en este ordenador. Puedes imprimir el plan.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>No se pudo guardar %1. Prueba en otra carpeta.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Guardar el plan para el llanto como PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>plan-para-el-llanto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nombre de la persona %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Alguien a quien puedes llamar cuando ya no puedas más.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Número de teléfono de la persona %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>El número al que llamar.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Nota, por ejemplo: vive al lado</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Nota sobre la persona %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Cualquier cosa que ayude, como cuándo llamar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Quitar a la persona %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Quita a esta persona de tu plan.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Mi plan para el llanto</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>¿A quién puedes llamar cuando ya no puedas más? Esto se queda solo en este ordenador. Imprímelo para la nevera, para los abuelos y para quien cuide al bebé.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Añade una línea vacía para una persona más.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Imprimir el plan para el llanto</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Imprime tu plan con lo que hay que hacer y a quién llamar.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Guarda tu plan como archivo PDF para imprimirlo o compartirlo.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>¿Peligro? Marca el 112 desde cualquier teléfono. Es gratis, de día y de noche.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>¿Peligro? Llama al 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Si el niño está herido o en peligro, llama ahora al número de emergencias 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Elige un ejercicio de respiración</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Menos ejercicios</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Más ejercicios</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Muestra u oculta los otros ejercicios de respiración.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Cuánto tiempo respirar.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Crear mi propio ritmo</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Elige tus propios segundos para tomar aire, retenerlo y soltarlo.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Empezar a respirar</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Empieza el ejercicio elegido durante el tiempo elegido.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln ronda</numerusform>
            <numerusform>%Ln rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>¿Eres tú? Así Pauzeknop te muestra la ayuda adecuada.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Vivo en</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>madre o padre</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>abuela o abuelo</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>profesional de guardería</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>otra persona que cuida de un niño</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Los consejos y la tarjeta de seguridad se adaptan a ti.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop muestra las líneas de ayuda de esta región.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Elige el idioma de Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Es correcto</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Guarda estas respuestas. Puedes cambiarlas después en Ajustes.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Oculta esta tarjeta. Pauzeknop mantiene lo que ha supuesto; puedes cambiarlo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Pausa ahora: abre la pantalla de pausa tranquila de Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Este ordenador no puede hacer llamadas. Marca el %1 en un teléfono.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Abierto ahora: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Estos datos no se han podido confirmar recientemente. Compruébalos en la web antes de fiarte de ellos.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Fuente comprobada el %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Abre tu teléfono o tu aplicación de llamadas para llamar a %1 al %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Copiar el número de %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Copia %1 al portapapeles.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Abre %1 en tu navegador.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Código QR para llamar a %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Escanéalo con la cámara de tu teléfono para llamar a %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Abierto ahora, hasta las %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Abierto ahora, hasta el %1 a las %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Cerrado ahora, abre a las %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Cerrado ahora, abre mañana a las %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Cerrado ahora, abre el %1 a las %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Horario desconocido</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Este ordenador no puede hacer llamadas. Marca el %1 en un teléfono o escanea el código QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Número copiado.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Tu persona de contacto aquí.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Tu persona de contacto en %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandes</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruselas</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunidad germanófona</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Cuando ya no puedas más, pulsa pausa.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Abre una pausa tranquila: pon al niño a salvo y luego respira con un temporizador.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Pulsa Espacio o Intro para empezar una pausa.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Elige el idioma de Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Consejos breves para momentos difíciles, con su fuente.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Líneas de ayuda abiertas ahora, y tu gente a quien llamar.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Mis pausas</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Mira tus propias pausas: cuándo, cómo te sentiste después, qué te ayudó.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Abre un ejercicio de respiración enseguida.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Idioma, sonido, tamaño del texto y más.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Mis pausas</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pausas por semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Cómo te sentiste después de una pausa</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Ejercicios que más usaste</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Consejos que te ayudaron</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Aún no hay pausas, y está bien. Cada vez que hagas una pausa, verás aquí cuándo fue y qué te ayudó. Cada pausa cuenta.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Más calma</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Aún con tensión</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Hizo falta ayuda</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Aún no has terminado ningún ejercicio de respiración.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Aún no has marcado ningún consejo como útil.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>semana del %1: %Ln pausa</numerusform>
            <numerusform>semana del %1: %Ln pausas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln pausa</numerusform>
            <numerusform>%1:00: %Ln pausas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln vez)</numerusform>
            <numerusform>%1 (%Ln veces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Pulsa ahora las teclas nuevas (Escape cancela)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape cancela)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Pulsa ahora las teclas nuevas, por ejemplo Ctrl, Alt y una letra a la vez. Escape cancela.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Elegir una tecla</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Pulsa Espacio para elegir otra tecla y luego pulsa las teclas nuevas.</translation>
    </message>
</context>
<context>
    <name>pk::MainWindow</name>
    <message>
        <source>Pauzeknop</source>
        <translation>Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::NeedHelpPage</name>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Número de emergencias: policía, ambulancia, bomberos.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Llamar al 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Alguien puede ayudarte.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Mi gente y todas las líneas de ayuda</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Termina la pausa y abre Quién puede ayudar: tu gente a quien llamar y todas las líneas, con llamar, copiar y código QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Volver con el niño</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina la pausa y vuelve a la pantalla de inicio.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Mi propio ritmo, en segundos</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Segundos, de 0 a 12, de medio en medio.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Guardar y respirar</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Guarda este ritmo y empieza a respirar con él.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Volver a la lista de ejercicios.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Ya estoy bien</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Termina la pausa en cualquier momento. Escape hace lo mismo.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Si esto está desactivado, no se anota nada nuevo. Lo que ya hay se queda hasta que lo borres.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Las notas más antiguas se borran cada vez que se inicia Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Guardar un resumen…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Guardar un resumen</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Guarda los recuentos por semana en un archivo que eliges: una hoja de cálculo (CSV) o JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Sobre tu privacidad</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Qué se anota, dónde, y qué no se anota nunca.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Borra de este ordenador todas las notas sobre tus pausas. Antes se te pregunta.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>¿Borrar todo?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Se borran de este ordenador todas las notas sobre tus pausas. No se puede deshacer. La pausa sigue funcionando como siempre.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Conservar mis pausas</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Se ha borrado todo.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>No se pudo borrar nada: este historial es de solo lectura.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Tu privacidad</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>la carpeta propia de la aplicación</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Qué se anota</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Dónde se guarda</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Qué no se anota nunca</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Cuánto tiempo se guarda</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Qué no es Pauzeknop</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Solo lo que pasó, nunca quién eres: que empezó una pausa, qué ejercicio de respiración hiciste, cómo te sentiste después (más calma, aún con tensión, hizo falta ayuda) y qué consejos ayudaron. Cada nota guarda solo la hora, nunca el minuto.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Solo en este ordenador, en un archivo: %1. Pauzeknop nunca usa internet, así que nunca se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Tu nombre, el nombre del niño, el nombre del ordenador, nada de lo que escribes, las personas de tu plan, los títulos de las ventanas ni los nombres de los archivos.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Tú eliges: 30 días, 90 días, 1 año o siempre. Las notas más antiguas se borran cada vez que se inicia Pauzeknop. En Mis pausas puedes dejar de llevar el registro, o borrarlo todo.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Solo las personas que usan este ordenador. Si guardas un resumen, contiene recuentos por semana, nunca momentos concretos. En un ordenador compartido, los números menores de 5 se ocultan y Mis pausas necesita el PIN del administrador.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop te ayuda a tomarte un momento de calma. No diagnostica ni trata nada. Si hay peligro para ti o para el niño, llama al 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Esta traducción es un borrador del equipo de Pauzeknop: aún no la ha revisado un hablante nativo de español.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Ayuda en Bruselas</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Ayuda en Valonia</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Ayuda en la Comunidad germanófona</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Ayuda en los Países Bajos</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Ayuda en Flandes</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Cambiar dónde vivo</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Muestra las líneas de otra región. Pauzeknop la usa en todas partes.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>¿Borrar las pausas antiguas?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Borrarlas</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Conservar mis pausas</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Guardar el registro durante %1 borra ahora de este ordenador las pausas más antiguas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Se borraría %Ln pausa. No se puede deshacer.</numerusform>
            <numerusform>Se borrarían %Ln pausas. No se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Primero, asegúrate de que el niño está a salvo.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Pide a un compañero que te releve, o primero pon al grupo a salvo.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Acuesta a tu bebé boca arriba en la cuna o en otro lugar seguro. Puedes alejarte unos minutos sin problema.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Nunca sacudas a un bebé. Déjalo en un lugar seguro y aléjate.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>El niño está a salvo. Respiremos</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Empieza el ejercicio de respiración.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Volver a la pantalla de inicio. Escape hace lo mismo.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Bloqueado. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Para el administrador</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>El idioma de Pauzeknop. Cambia al momento.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Quién soy</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>La pausa y los consejos se adaptan a ti.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Madre o padre</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Abuela o abuelo</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Profesional de guardería</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Dónde vivo</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Qué líneas de ayuda se muestran.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandes</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruselas</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunidad germanófona</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>La pausa</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Preguntar primero: ¿está el niño a salvo?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Antes de respirar, una tarjeta te pide que pongas al niño en un lugar seguro.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Ejercicio de respiración</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>El ejercicio con el que empieza una pausa.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Cuánto tiempo respirar</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Siempre puedes parar antes.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Sonidos suaves</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Un tono suave cuando toca tomar o soltar el aire.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Bajo, para que un bebé dormido siga durmiendo.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Voz guía</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Una voz tranquila dice «toma aire» y «suelta el aire».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Una barra que se llena en lugar de un círculo que crece.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Blanco y negro, con bordes nítidos.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Texto más grande en todas partes.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Iniciar con el ordenador</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop espera en silencio en el área de notificación, a un clic.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Llevar un registro de mis pausas</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Solo cuándo y cuánto tiempo, nunca quién. Se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Guardar el registro durante</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Las pausas más antiguas se borran solas.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Hasta que lo borre</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Atajo de teclado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Este es un ordenador compartido. Aquí no se guardan contactos personales, y el registro de pausas es solo para el administrador.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Configurado por %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>La voz guía no está disponible en este idioma. Los sonidos suaves siguen funcionando.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Se ignoraron algunas líneas del archivo de ajustes de la organización:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Tu ordenador reserva esta tecla para sí mismo. Elige otra.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Elige una letra, una cifra o una tecla F junto con Ctrl, Alt o la tecla Windows, para que la combinación nunca moleste al escribir.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pausa desde cualquier lugar</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Una combinación de teclas abre la pausa, también cuando Pauzeknop está en el área de notificación o detrás de otras ventanas.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Tecla para la pausa</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Volver a pedírselo al escritorio</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Bloqueado. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Desactivado. El botón Pausa y el área de notificación siguen abriendo la pausa.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Pidiendo a tu escritorio que configure %1. Puede que muestre una ventana para confirmar.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Configurando %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Activado: tu escritorio abre la pausa cuando pulsas %1, mientras Pauzeknop está en marcha.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Activado: pulsa %1 en cualquier lugar para abrir la pausa, mientras Pauzeknop está en marcha.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Activa «Iniciar con el ordenador» para tener la tecla siempre lista.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Otro programa usa esta tecla; elige otra.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Tu escritorio no configuró la tecla. No pasa nada: el botón Pausa y el área de notificación siguen abriendo la pausa. Puedes volver a pedirlo, o añadir una tecla en los ajustes de teclado de tu escritorio con el comando %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Este teclado no tiene esa tecla; elige otra.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Este escritorio no deja que Pauzeknop configure una tecla por sí mismo. Añade una en Configuración &gt; Teclado &gt; Ver y personalizar los atajos &gt; Atajos personalizados, con el comando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Este escritorio no deja que Pauzeknop configure una tecla por sí mismo. Añade una en Preferencias del sistema &gt; Atajos de teclado &gt; Añadir nuevo &gt; Orden o script, con el comando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Este escritorio no deja que Pauzeknop configure una tecla por sí mismo. Añade un atajo en los ajustes de teclado de tu escritorio, con el comando %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un consejo: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>No pasa nada. Tómate un poco más de tiempo.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Otra ronda</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Repite el mismo ejercicio una vez más.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Otro ejercicio</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Te deja elegir otro ejercicio de respiración.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Alejarme unos minutos</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Un temporizador de 2, 5 o 10 minutos que te recuerda ir a ver al niño.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Esto me ayudó</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Le dice a Pauzeknop, de forma anónima, que este consejo te ayudó.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Guardado</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Guardar</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Guardado en mis consejos</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Guardar en mis consejos</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Este consejo está en tu lista. Pulsa para quitarlo.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Guarda este consejo en tu lista, solo en este ordenador.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Consejos para madres y padres</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Consejos para abuelas y abuelos</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Consejos para profesionales de guardería</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Consejos para quien cuida de un niño</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Muestra los consejos para este momento.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Aún no hay consejos aquí.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Los consejos que guardes con ☆ aparecen aquí.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Mostrar todos los consejos</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Muestra también los consejos escritos para madres y padres, abuelos y profesionales de guardería.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Mis consejos</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Mis consejos</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Los consejos que guardaste.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Pausa ahora</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Abrir Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: haz clic para una pausa</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop sigue aquí</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Cuando necesites una pausa, haz clic en este icono. «Salir» está en su menú.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>El registro de tus pausas está desactivado. No se anota nada nuevo.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>No se pudo leer tu historial de pausas anterior, así que se empezó uno nuevo. El archivo antiguo se guardó como %1. La pausa funciona como siempre.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Ahora mismo tus pausas no se pueden guardar en esta carpeta. Se recuerdan hasta que Pauzeknop se cierre. La pausa funciona como siempre.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Tu historial de pausas lo guardó una versión más nueva de Pauzeknop. Puedes verlo, pero no se añade nada nuevo hasta que actualices. La pausa funciona como siempre.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Tómate unos minutos para ti.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Asegúrate de que el niño está a salvo y sal de la habitación. Te avisaremos cuando sea hora de ir a mirar.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Empieza una cuenta atrás tranquila. Te avisaremos cuando sea hora de ir a mirar.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Respira, bebe un poco de agua. Al final, ve a ver al niño.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ya estoy aquí</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Termina la cuenta atrás ahora.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Ve a ver al niño ahora.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina la pausa y vuelve a la pantalla de inicio.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Queda %Ln minuto</numerusform>
            <numerusform>Quedan %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
