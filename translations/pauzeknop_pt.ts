<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>O meu ritmo %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>O seu próprio ritmo: inspirar, suster, expirar, suster.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Pare se sentir tonturas ou mal-estar.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: um botão de pausa para quem cuida de crianças pequenas.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Abrir no ecrã da pausa.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Guardar o registo de utilização e as definições em &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Usar a língua &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Iniciar escondido na área de notificação, pronto para uma pausa.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Ler um PIN de administrador da entrada padrão e escrever a linha para a configuração gerida (para administradores).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Abrir em «Quem pode ajudar»: linhas de apoio e as suas pessoas a quem ligar.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Escrever em &lt;file&gt; as contagens semanais do registo de utilização (CSV, ou JSON para .json) e sair.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Abrir diretamente a respiração, com o exercício [PATTERN] se for indicado: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Com --breathe: o exercício com que respirar.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Execute pauzeknop --help para ver que opções entende.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Exercício de respiração desconhecido: %1. Escolha um destes: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Língua desconhecida: %1. Escolha uma destas: %2.</translation>
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
        <translation>Conselho da equipa do Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Atende em %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, que atende em %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Respiração calma</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Inspire durante 4 segundos e expire durante 6, devagar e com suavidade.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Sem suster a respiração. Respire com suavidade, sem forçar.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Suspiro fisiológico</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Inspire, puxe mais um pouco de ar por cima e depois solte tudo devagar.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Pare se sentir tonturas.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Respiração de ressonância</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Inspire durante 5,5 segundos, expire durante 5,5: cerca de seis respirações por minuto. Melhor durante cinco minutos ou mais.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Respire com suavidade, sem forçar.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Respiração quadrada</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Inspire durante 4 segundos, sustenha 4, expire 4, sustenha 4, como os lados de um quadrado.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Sente-se primeiro e nunca sustenha a respiração com o bebé ao colo. Está grávida ou tem uma doença do coração ou dos pulmões? Escolha antes «Respiração calma».</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Respiração quadrada curta</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Um quadrado mais leve: inspire durante 3 segundos, sustenha 3, expire 3, sustenha 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Sente-se primeiro e nunca sustenha a respiração com o bebé ao colo. Está grávida ou tem uma doença do coração ou dos pulmões? Escolha antes «Respiração calma».</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Respiração 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Inspire durante 4 segundos, sustenha 7, expire durante 8. No máximo quatro ciclos.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Sente-se primeiro e nunca sustenha a respiração com o bebé ao colo. Está grávida ou tem uma doença do coração ou dos pulmões? Escolha «Respiração calma». Pode provocar tonturas; não foi testada em estudos científicos.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Contar até dez</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Conte devagar de 1 a 10 enquanto expira, antes de fazer mais alguma coisa.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Curto de propósito: dez a trinta segundos. Depois, se precisar de mais, ponha a criança num lugar seguro.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Perigo imediato, um ferimento, ou uma criança ferida ou muito doente. Polícia: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>O médico de serviço quando o consultório do seu médico de família está fechado: aos fins de semana e feriados, e na maioria das regiões também à noite nos dias úteis. De um telefone com cartão SIM estrangeiro: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>o 1733, o médico de serviço</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>O médico de serviço aos fins de semana (de sexta-feira às 19:00 a segunda-feira às 08:00) e nos feriados. À noite, nos dias úteis, aqui não se liga para o 1733: pergunte no consultório do seu médico de família quem está de serviço. De um telefone com cartão SIM estrangeiro: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>o 1733, o médico de serviço ao fim de semana</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Violência, abusos e maus-tratos a crianças: para quem está preocupado, e para quem às vezes usa de violência. Não precisa de dizer quem é. Não é uma linha de emergência.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Para profissionais preocupados com uma criança: o Vertrouwenscentrum Kindermishandeling da sua província, ou o de Bruxelas, dá conselhos e ajuda. Gratuito.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>o Vertrouwenscentrum Kindermishandeling da sua província</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Uma linha de escuta anónima para quem precisa de falar.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Para quem tem pensamentos de suicídio, e para quem está preocupado com alguém. De dia e de noite.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Perguntas sobre bebés, crianças pequenas e creches.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>a Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Uma linha de escuta anónima para quem precisa de falar, de dia e de noite.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Uma linha de crise para quem tem pensamentos de suicídio, e para quem está preocupado com alguém. De dia e de noite.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Violência entre parceiros: para vítimas, para quem usa de violência, para crianças e testemunhas. Fora do horário, as chamadas passam para a Télé-Accueil (107). Não é uma linha de emergência.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Equipas que ajudam quando uma criança pode estar a sofrer maus-tratos, também pais e mães que têm medo de magoar o filho. Cada zona tem a sua equipa: encontre a sua no site da ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>a equipa SOS Enfants da sua zona</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Para crianças e jovens, e para adultos preocupados com uma criança. Gratuita e anónima.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Uma linha de escuta anónima para quem tem preocupações ou está em crise, de dia e de noite.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Perigo imediato, um ferimento, ou uma criança ferida ou muito doente.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Para quem tem pensamentos de suicídio, e para quem está preocupado com alguém. Gratuita e anónima, de dia e de noite.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Uma linha de escuta para quem precisa de falar, de dia e de noite.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Violência doméstica e maus-tratos a crianças: conselhos para vítimas, testemunhas e pessoas que usam de violência. Pode manter o anonimato.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>O médico de família de serviço ao fim do dia, à noite, aos fins de semana e nos feriados. Cada região tem o seu número: está na mensagem telefónica ou no site do seu médico de família. Não há um número nacional.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>o huisartsenpost da sua região</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Ponha a criança num lugar seguro: de barriga para cima, numa cama de grades vazia ou num parque. Depois saia do quarto.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Uma porta fechada durante alguns minutos não faz mal. Volte para ver a criança de 5 em 5 ou de 10 em 10 minutos.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Sente vontade de abanar, agarrar ou bater? É o seu sinal: pouse a criança num lugar seguro e saia do quarto.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Nunca abane, atire ou bata numa criança, nem uma única vez. Abanar um bebé pode causar lesões no cérebro ou a morte.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Respire devagar durante um minuto: inspire pelo nariz e depois expire devagar.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Conte devagar até dez antes de fazer mais alguma coisa.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Vá para outra divisão. Beba um pouco de água ou chá, ou passe água fria na cara.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Diga em voz alta: «Estou no meu limite. Vou tirar cinco minutos.»</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Ligue a alguém: companheiro ou companheira, um vizinho, uma amiga ou {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Ligue a alguém: companheiro ou companheira, um vizinho ou uma amiga.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Pedir ajuda é uma força, não uma fraqueza.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Acha que a criança está ferida ou doente? Ligue 112. Não é uma emergência, mas não pode esperar? Ligue para {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Acha que a criança está ferida ou doente? Ligue 112. Não é uma emergência, mas não pode esperar? Ligue para um médico.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>O choro aumenta a partir das 2 semanas e chega ao máximo por volta das 6 a 8 semanas. Depois diminui.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Chorar muito é normal num bebé pequeno. Não é culpa sua.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Verifique o básico uma vez: fome, fralda, demasiado calor ou frio, cansaço. Depois deixe de procurar uma causa.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Experimente uma coisa calma de cada vez: trautear ou cantar, pele com pele, um passeio de carrinho, um banho morno.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Há choro que não se consegue parar. O choro em si não faz mal ao bebé, e vai passar.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Choro que soa diferente, febre ou se não quer mamar nem comer: consulte um médico.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Deite o bebé e mantenha uma mão na barriguinha dele, ou espere até estar a dormir profundamente.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Sem forças? Deite o bebé na cama dele antes de descansar.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Nunca adormeça com um bebé no sofá ou num cadeirão.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Peça ao companheiro, à companheira ou aos avós que fiquem com o bebé durante algum tempo.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>As birras são uma fase normal. A maioria passa em menos de 15 minutos.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Mantenha a criança em segurança, fique por perto e deixe passar sem discutir.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Dê nome ao sentimento e ao limite, em poucas palavras: «Estás zangado. Bater magoa, eu não deixo.»</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Não consegue manter a calma? Se a criança estiver em segurança, saia durante um ou dois minutos.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Procure o que está por trás: fome, cansaço, demasiada agitação.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Depois, volte a aproximar-se da criança, e elogie-a da próxima vez que as coisas correrem bem.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Pare quando a criança mostrar que já está satisfeita. Nunca a obrigue a comer.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Uma refeição recusada não é um fracasso. Haverá outra.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>As refeições acabam sempre em lágrimas? Fale com {line:parenting} ou com o seu médico de família.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>As refeições acabam sempre em lágrimas? Fale com o seu médico de família ou com o pediatra.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Combine com os colegas um sinal que queira dizer: substitui-me, preciso de dois minutos.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Nunca deixe o grupo sem vigilância. Peça primeiro a um colega para ficar no seu lugar.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Está sem mais ninguém com o grupo? Primeiro ponha todos em segurança: os bebés nas camas, os mais crescidos sentados com algo calmo.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Quando todos estiverem em segurança, ligue à sua chefia ou à pessoa de apoio.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Os bebés contagiam-se uns aos outros com o choro. É o ambiente da sala, não é culpa sua.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Depois de um momento difícil, fale sobre isso com um colega ou com a sua chefia.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Tem receio da forma como trata uma criança, ou de como um colega a trata? Diga à sua chefia e siga o procedimento da sua organização. Também pode falar com {line:professional-advice} para pedir conselho.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Tem receio da forma como trata uma criança, ou de como um colega a trata? Diga à sua chefia e siga o procedimento da sua organização.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Peça ajuda concreta: uma refeição, ou que alguém fique com o bebé durante um quarto de hora.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Faça com antecedência um plano para o choro: três coisas que acalmam, a quem ligar, onde fica o bebé.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Partilhe a regra «nunca abanar» e o seu plano com todas as pessoas que tomam conta do bebé.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Nas duas primeiras semanas depois do parto é frequente chorar com facilidade ou sentir-se em baixo. Dura mais tempo, ou tem pensamentos de fazer mal a si ou ao bebé? Vá hoje ao seu médico de família, ou ligue para {line:crisis}, de dia ou de noite.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Nas duas primeiras semanas depois do parto é frequente chorar com facilidade ou sentir-se em baixo. Dura mais tempo, ou tem pensamentos de fazer mal a si ou ao bebé? Vá hoje ao seu médico de família. Há perigo agora? Ligue 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Os conselhos para um sono seguro mudaram: de barriga para cima, numa cama de grades vazia. Siga a rotina dos pais.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Como avó ou avô, também pode afastar-se um momento. Deitar o bebé num lugar seguro é sempre permitido.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Abanou ou bateu no bebé, ou o bebé parece estar mal agora (muito sonolento, mole, a vomitar, sem mamar nem comer, com convulsões)? Ligue já 112 e conte o que aconteceu.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Gritou ou agarrou com força? Nunca é tarde para falar sobre isso e fazer as pazes com a criança.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Tem medo de magoar a criança? Diga ao seu médico de família: o médico pode ajudar a encontrar apoio. Pedir ajuda é uma força.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>o 112, o número de emergência</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>o 1712, a linha de apoio para a violência e os abusos</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>a linha de escuta Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>a Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>a linha de escuta Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>o Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>a linha Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>a linha de escuta Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>o 112, o número de emergência</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie</source>
        <comment>helpline-mention:nl-113</comment>
        <translation>o 113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <source>De Luisterlijn (088 0767 000)</source>
        <comment>helpline-mention:nl-luisterlijn</comment>
        <translation>De Luisterlijn (088 0767 000)</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Call {line:abuse-advice}: they also help people who are afraid of that.</source>
        <comment>tip:afterwards-help-for-you</comment>
        <translation>Tem medo de magoar a criança? Ligue para {line:abuse-advice}: também ajudam quem tem esse medo.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>O meu plano para o choro</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>O choro é normal e passa. Quando for demais, siga estes passos.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Deite o bebé de barriga para cima na sua própria cama de grades vazia ou num parque. Depois saia do quarto.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Expire devagar. Conte até dez. Beba um pouco de água.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Volte para ver a criança de 5 em 5 ou de 10 em 10 minutos.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Ligue a uma das pessoas abaixo. Pedir ajuda é ser forte.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Nunca abane um bebé, nem por um momento. Abanar pode causar lesões no cérebro ou a morte.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>A criança está ferida ou doente? Ligue já 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>As minhas pessoas</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Linhas de apoio</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Partilhe este plano com todas as pessoas que tomam conta do bebé.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirar</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Suster depois de inspirar</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirar</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Suster depois de expirar</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Pode guardar até seis ritmos. Apague um primeiro.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: escreva um número de segundos, por exemplo 4 ou 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 não pode ter menos de 0 segundos.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 pode ter no máximo 12 segundos.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: use segundos inteiros ou meios segundos, por exemplo 4 ou 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 precisa de pelo menos 1 segundo.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Escreva o PIN de administrador e prima Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Coloque esta linha na secção [organisation] de pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>O PIN precisa de pelo menos %n carácter; nada foi criado.
</numerusform>
            <numerusform>O PIN precisa de pelo menos %n caracteres; nada foi criado.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>A configuração gerida</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>vale o PIN de administrador da linha %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>não está definido nenhum PIN de administrador.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Não é possível ler a configuração gerida; o Pauzeknop usa as suas próprias definições.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>A configuração gerida tem mais de 1 MB e não é usada; o Pauzeknop usa as suas próprias definições.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>A configuração gerida pode ser alterada por contas que não são a do administrador (root), por isso não é usada.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 não é uma definição (chave=valor) e é ignorada.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 tem mais de %2 caracteres e é ignorada.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: a secção [%2] é desconhecida; as suas linhas são ignoradas.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: «%2» está antes de qualquer [secção] e é ignorado.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: a chave «%2» é desconhecida e é ignorada.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: «%2» espera %3; a linha é ignorada.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: «%2» já estava definido na linha %3; vale a linha %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin não é um hash criado com pauzeknop --hash-pin e é ignorado; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: este adminPin foi criado com menos de %2 rondas e é demasiado fácil de adivinhar; crie um novo com pauzeknop --hash-pin. É ignorado; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Há mais %n problema neste ficheiro que não está na lista.</numerusform>
            <numerusform>Há mais %n problemas neste ficheiro que não estão na lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 indica uma secção desconhecida; as suas linhas são ignoradas.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 está antes de qualquer [secção] e é ignorada.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 tem uma chave que o Pauzeknop não conhece e é ignorada.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>«%1» está em falta ou vazio</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«%1» tem mais de %n carácter</numerusform>
            <numerusform>«%1» tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>«%1» tem de ser um único texto em inglês: as traduções passam pelos ficheiros .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>«%1» tem mais de %n língua</numerusform>
            <numerusform>«%1» tem mais de %n línguas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>«%1» em «%2» tem de ser um texto de no máximo %n carácter sob um código de língua como «nl»</numerusform>
            <numerusform>«%1» em «%2» tem de ser um texto de no máximo %n caracteres sob um código de língua como «nl»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>«%1» tem de ser uma lista de 1 a %n elemento</numerusform>
            <numerusform>«%1» tem de ser uma lista de 1 a %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>«%1» contém «%2»: use letras minúsculas, algarismos e &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>«%1» tem de ser uma lista de %2 (encontrado «%3»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>«%1» tem de ser um endereço web (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: chave desconhecida «%3» ignorada.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>conselho %1 («%2»)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>conselho %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; este conselho é ignorado.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«id» tem de ter letras minúsculas, algarismos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>«situation» tem de ser um de moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>«text» nomeia uma linha com {line:...}, por isso «text_without_line» tem de dizer o mesmo para uma região sem essa linha</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>«text_without_line» não pode nomear nenhuma linha</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>o texto «%1» tem de nomear as mesmas linhas que os outros</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>Falta «source»: cada conselho diz de onde vem</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«source» tem mais de %n carácter</numerusform>
            <numerusform>«source» tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>«channels» tem de ser uma lista de no máximo %n forma de contacto</numerusform>
            <numerusform>«channels» tem de ser uma lista de no máximo %n formas de contacto</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>canal %1: «kind» tem de ser phone, chat, sms, mail ou web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>canal %1: «%2» não é um %3 válido</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>canal %1: «hours» tem mais de %n carácter</numerusform>
            <numerusform>canal %1: «hours» tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>canal %1: horário «%2» não compreendido (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>linha de apoio %1 («%2»)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>linha de apoio %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; este contacto é ignorado.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>Falta «name»</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«name» tem mais de %n carácter</numerusform>
            <numerusform>«name» tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>«cost» tem de ser «free» ou «zonal»</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>«emergency» está reservado para o 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>«verified» precisa de «verified_on» com uma data como 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>«channels» tem de indicar pelo menos uma forma de contacto</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>exercício %1 («%2»)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; este exercício não guarda nenhum texto.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>São precisos «id» e «source»</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: não é possível ler (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: tem mais de 1 MB, não é lido.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: JSON inválido no carácter %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: era esperado um objeto com «tips» e «helplines».</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: chave desconhecida «%2» ignorada.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: «version» devia ser 1; é lido como versão 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: «%2» tem de ser uma lista.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: «%2» tem %n entrada; só são lidas as primeiras %3.</numerusform>
            <numerusform>%1: «%2» tem %n entradas; só são lidas as primeiras %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, conselho «%2»: este id já está a ser usado; este conselho é ignorado.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, linha de apoio «%2»: este id já está a ser usado; este contacto é ignorado.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... e mais %n problema, não mostrado.</numerusform>
            <numerusform>... e mais %n problemas, não mostrados.</numerusform>
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
        <translation>Shift</translation>
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
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 é uma ligação criada por outra conta deste computador, por isso nada foi escrito aí. Escolha outro local.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>não é um ficheiro que possa ser substituído.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>demasiadas ligações.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>o ficheiro não foi aberto.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>O seu ficheiro de definições era demasiado grande para ser lido, por isso o Pauzeknop começou com definições novas. O ficheiro antigo foi guardado como %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>O seu ficheiro de definições é demasiado grande para ser lido. Por agora, o Pauzeknop usa as definições habituais.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Não foi possível guardar neste computador (o disco pode estar cheio ou ser só de leitura). Fica em uso até o Pauzeknop fechar.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>um destes: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>uma tecla como Ctrl+Alt+P (com Ctrl, Alt ou Super), ou off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Este é um computador partilhado: aqui não se guardam contactos pessoais.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Definido pela sua organização para todos neste computador.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Definido por %1 para todos neste computador.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>no máximo %n carácter</numerusform>
            <numerusform>no máximo %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Neste momento</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Um bebé que chora</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Não quer dormir</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Uma birra</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Mamadas e refeições</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Um grupo agitado na creche</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Sem forças</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Não foi possível abrir o registo de utilização: a exportação está vazia.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Contagens semanais escritas em %1</translation>
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
        <translation>O PIN do administrador mostra o registo das pausas.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Verifica o PIN de administrador.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Não está definido nenhum PIN de administrador neste computador.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Desbloqueado até o Pauzeknop fechar.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>A verificar o PIN...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Esse PIN não está certo. Espere %1 s e tente outra vez.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Esse PIN não está certo. Tente outra vez.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>O que fazer agora: inspirar, suster a respiração ou expirar.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Mais um pouco</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sustenha</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Conte devagar</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Muito bem. O exercício de respiração terminou.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muito bem</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Faltam %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Segundos deste passo</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiração</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Cresce quando inspira, encolhe quando expira.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Barra de respiração</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Enche quando inspira, esvazia quando expira.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Mais um ciclo</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Torna esta sessão de respiração um pouco mais longa.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Terminei</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Para o temporizador e pergunta como se sente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Falta %Ln minuto</numerusform>
            <numerusform>Faltam %Ln minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Um conselho: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Muito bem.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Fez uma pausa. Foi bom para si e para a criança.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respirar outra vez</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Começa outro ciclo de respiração.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina a pausa e volta ao ecrã inicial.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Como se sente agora?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Mais calma</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Mostra uma palavra amiga, um conselho e o caminho de volta.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Ainda com tensão</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Propõe outro ciclo, outro exercício ou afastar-se alguns minutos.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Preciso de ajuda</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Mostra a quem pode ligar, primeiro o 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>As suas pessoas</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Escreva agora a quem pode ligar quando for demais: companheiro ou companheira, um vizinho, uma amiga.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ligar a %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Abre o telefone ou a aplicação de chamadas para ligar a %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Fazer o meu plano para o choro</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Editar o meu plano para o choro</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>As pessoas a quem quer ligar, guardadas só neste computador. Pode imprimir o plano.</translation>
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
        <translation>Não foi possível guardar %1. Experimente outra pasta.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Guardar o plano para o choro em PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>plano-para-o-choro</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nome da pessoa %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Alguém a quem pode ligar quando for demais.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Número de telefone da pessoa %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>O número para onde ligar.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Nota, por exemplo: mora ao lado</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Nota sobre a pessoa %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Tudo o que ajude, por exemplo quando ligar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirar a pessoa %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Retira esta pessoa do seu plano.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>O meu plano para o choro</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>A quem pode ligar quando for demais? Isto fica só neste computador. Imprima-o para o frigorífico, para os avós e para quem toma conta do bebé.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Acrescenta uma linha vazia para mais uma pessoa.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Imprimir o plano para o choro</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Imprime o seu plano com o que fazer e a quem ligar.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar em PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Guarda o seu plano num ficheiro PDF para imprimir ou partilhar.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Perigo? Ligue 112 de qualquer telefone. É gratuito, de dia e de noite.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Perigo? Ligue 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Se a criança estiver ferida ou em perigo, ligue já para o número de emergência 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Escolha um exercício de respiração</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Menos exercícios</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Mais exercícios</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Mostra ou esconde os outros exercícios de respiração.</translation>
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
        <translation>Quanto tempo respirar.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Criar o meu ritmo</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Escolha os seus próprios segundos para inspirar, suster e expirar.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Começar a respirar</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Começa o exercício escolhido durante o tempo escolhido.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln ciclo</numerusform>
            <numerusform>%Ln ciclos</numerusform>
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
        <translation>É o seu caso? Então o Pauzeknop mostra a ajuda certa.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Sou</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Onde vivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>mãe ou pai</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>avó ou avô</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>profissional de creche</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>outra pessoa que cuida de uma criança</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Os conselhos e o cartão de segurança são pensados para si.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>O Pauzeknop mostra as linhas de apoio desta região.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Escolha a língua do Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Está certo</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Guarda estas respostas. Pode alterá-las mais tarde nas Definições.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Esconde este cartão. O Pauzeknop mantém o que adivinhou; pode alterá-lo nas Definições.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Pausa agora: abrir o ecrã de pausa calma do Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Este computador não pode fazer chamadas. Marque %1 num telefone.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Também: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Aberto agora: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Estes dados não foram confirmados recentemente. Verifique o site antes de confiar neles.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Fonte verificada em %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ligar a %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Abre o telefone ou a aplicação de chamadas para ligar a %1 para o %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Copiar o número de %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Copia %1 para a área de transferência.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Abre %1 no navegador.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Código QR para ligar a %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Digitalize com a câmara do telemóvel para ligar a %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aberto agora</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Aberto agora, até às %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Aberto agora, até %1 às %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Fechado agora, abre às %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Fechado agora, abre amanhã às %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Fechado agora, abre %1 às %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Horário desconhecido</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Este computador não pode fazer chamadas. Marque %1 num telefone, ou digitalize o código QR.</translation>
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
        <translation>A sua pessoa de contacto aqui.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>A sua pessoa de contacto em %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horário: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quem pode ajudar</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandres</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelas</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valónia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunidade germanófona</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Países Baixos</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Quando for demais, carregue em pausa.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Abre uma pausa calma: ponha a criança em segurança e depois respire com um temporizador.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Prima Espaço ou Enter para começar uma pausa.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Escolha a língua do Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conselhos</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Conselhos curtos para momentos difíceis, com a sua fonte.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quem pode ajudar</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Linhas de apoio abertas agora, e as suas pessoas a quem ligar.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Veja as suas pausas: quando, como se sentiu depois, o que ajudou.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Abre já um exercício de respiração.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Língua, som, tamanho do texto e mais.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>As minhas pausas</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pausas por semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora do dia</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Como se sentiu depois de uma pausa</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Exercícios que mais usou</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Conselhos que ajudaram</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Ainda não há pausas, e não faz mal. Sempre que fizer uma pausa, vai ver aqui quando a fez e o que ajudou. Cada pausa conta.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Mais calma</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Ainda com tensão</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Precisou de ajuda</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Ainda não terminou nenhum exercício de respiração.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Ainda não marcou nenhum conselho como útil.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>semana de %1: %Ln pausa</numerusform>
            <numerusform>semana de %1: %Ln pausas</numerusform>
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
            <numerusform>%1 (%Ln vezes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Prima agora as teclas novas (Esc cancela)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Esc cancela)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Prima agora as teclas novas, por exemplo Ctrl, Alt e uma letra ao mesmo tempo. Esc cancela.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Escolher uma tecla</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Prima Espaço para escolher outra tecla e depois prima as teclas novas.</translation>
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
        <translation>Número de emergência: polícia, ambulância, bombeiros.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Ligar 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Há quem possa ajudar.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>As minhas pessoas e todas as linhas de apoio</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Termina a pausa e abre Quem pode ajudar: as suas pessoas a quem ligar, e todas as linhas, com ligar, copiar e código QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Voltar para a criança</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina a pausa e volta ao ecrã inicial.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>O meu ritmo, em segundos</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Segundos, de 0 a 12, de meio em meio segundo.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Guardar e respirar</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Guarda este ritmo e começa a respirar com ele.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Voltar à lista de exercícios.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Já estou bem</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Termina a pausa em qualquer momento. A tecla Esc faz o mesmo.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Quando isto está desativado, nada de novo é registado. O que já existe fica até o apagar.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>As notas mais antigas são apagadas sempre que o Pauzeknop inicia.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Guardar um resumo…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Guardar um resumo</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Guarda as contagens por semana num ficheiro à sua escolha: uma folha de cálculo (CSV) ou JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Sobre a sua privacidade</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>O que é registado, onde, e o que nunca é.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Apagar tudo</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Apaga deste computador todas as notas sobre as suas pausas. Primeiro é-lhe perguntado.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Folha de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Apagar tudo?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Todas as notas sobre as suas pausas são apagadas deste computador. Não é possível desfazer. A pausa continua a funcionar como sempre.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Manter as minhas pausas</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Foi tudo apagado.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Não foi possível apagar nada: este histórico é só de leitura.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>A sua privacidade</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>a pasta da própria aplicação</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>O que é registado</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Onde fica guardado</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>O que nunca é registado</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Durante quanto tempo fica guardado</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Quem pode ver</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>O que o Pauzeknop não é</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Só o que aconteceu, nunca quem é: que começou uma pausa, que exercício de respiração fez, como se sentiu depois (mais calma, ainda com tensão, precisou de ajuda) e que conselhos ajudaram. Cada nota guarda só a hora, nunca o minuto.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Só neste computador, num único ficheiro: %1. O Pauzeknop nunca usa a internet, por isso nada é enviado para lado nenhum.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>O seu nome, o nome da criança, o nome do computador, tudo o que escreve, as pessoas do seu plano, os títulos das janelas e os nomes dos ficheiros.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>A escolha é sua: 30 dias, 90 dias, 1 ano ou para sempre. As notas mais antigas são apagadas sempre que o Pauzeknop inicia. Em As minhas pausas pode desligar o registo, ou apagar tudo.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Só as pessoas que usam este computador. Se guardar um resumo, ele contém contagens por semana, nunca momentos concretos. Num computador partilhado, os números abaixo de 5 ficam escondidos e As minhas pausas pede o PIN do administrador.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>O Pauzeknop ajuda a ter um momento de calma. Não faz diagnósticos nem tratamentos. Se houver perigo para si ou para a criança, ligue 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Esta tradução é um rascunho da equipa do Pauzeknop: ainda não foi revista por um falante nativo de português.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Ajuda em Bruxelas</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Ajuda na Valónia</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Ajuda na Comunidade germanófona</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Ajuda nos Países Baixos</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Ajuda na Flandres</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Mudar onde vivo</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Mostra as linhas de outra região. O Pauzeknop usa-a em todo o lado.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Apagar as pausas mais antigas?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Apagá-las</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Manter as minhas pausas</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Manter o registo durante %1 apaga já deste computador as pausas mais antigas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Seria apagada %Ln pausa. Não é possível desfazer.</numerusform>
            <numerusform>Seriam apagadas %Ln pausas. Não é possível desfazer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Primeiro, garanta que a criança está em segurança.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Peça a um colega para ficar no seu lugar, ou primeiro ponha o grupo em segurança.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Deite o bebé de barriga para cima na cama de grades ou noutro lugar seguro. Não faz mal afastar-se durante alguns minutos.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Nunca abane um bebé. Pouse o bebé em segurança e afaste-se.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>A criança está segura. Vamos respirar</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Começa o exercício de respiração.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Voltar ao ecrã inicial. A tecla Esc faz o mesmo.</translation>
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
        <translation>Como o computador</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Para o administrador</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sobre si</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>A língua do Pauzeknop. Muda logo.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Quem sou</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>A pausa e os conselhos são pensados para si.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Mãe ou pai</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Avó ou avô</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Profissional de creche</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Onde vivo</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Que linhas de apoio são mostradas.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandres</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelas</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valónia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunidade germanófona</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Países Baixos</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>A pausa</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Perguntar primeiro: a criança está em segurança?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Antes de respirar, um cartão pede-lhe que ponha a criança num lugar seguro.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Exercício de respiração</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>O exercício com que começa uma pausa.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Quanto tempo respirar</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Pode sempre parar antes.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Sons suaves</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Um som suave quando é altura de inspirar ou expirar.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Mantido baixo, para que um bebé a dormir continue a dormir.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Voz guia</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Uma voz calma diz «inspire» e «expire».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Visão</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Menos movimento</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Uma barra que enche em vez de um círculo que cresce.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Preto e branco, com contornos nítidos.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Texto maior em todo o lado.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Iniciar com o computador</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>O Pauzeknop espera discretamente na área de notificação, à distância de um clique.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Manter um registo das minhas pausas</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Só quando e durante quanto tempo, nunca quem. Fica neste computador.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Manter o registo durante</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>As pausas mais antigas são apagadas automaticamente.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dias</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Um ano</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Até eu apagar</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Atalho de teclado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Este é um computador partilhado. Aqui não se guardam contactos pessoais, e o registo das pausas é só para o administrador.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Configurado por %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>A voz guia não está disponível nesta língua. Os sons suaves continuam a funcionar.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Algumas linhas do ficheiro de definições da organização foram ignoradas:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>O seu computador reserva esta tecla para si. Escolha outra.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Escolha uma letra, um algarismo ou uma tecla F, junto com Ctrl, Alt ou a tecla Windows, para que a tecla nunca atrapalhe quando escreve.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pausa a partir de qualquer lado</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Uma tecla abre a pausa, também quando o Pauzeknop está na área de notificação ou por trás de outras janelas.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Tecla para a pausa</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Pedir outra vez ao ambiente de trabalho</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Bloqueado. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Desativado. O botão Pausa e a área de notificação continuam a abrir a pausa.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>A pedir ao ambiente de trabalho que configure %1. Pode aparecer uma janela para confirmar.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>A configurar %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Ativado: o ambiente de trabalho abre a pausa quando prime %1, enquanto o Pauzeknop estiver aberto.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Ativado: prima %1 em qualquer lado para abrir a pausa, enquanto o Pauzeknop estiver aberto.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Ative «Iniciar com o computador» para ter a tecla sempre pronta.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Esta tecla já é usada por outro programa; escolha outra.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>O ambiente de trabalho não configurou a tecla. Não faz mal: o botão Pausa e a área de notificação continuam a abrir a pausa. Pode pedir outra vez, ou acrescentar uma tecla nas definições de teclado do seu ambiente de trabalho, com o comando %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Este teclado não tem essa tecla; escolha outra.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Este ambiente de trabalho não deixa o Pauzeknop definir uma tecla sozinho. Acrescente uma em Definições &gt; Teclado &gt; Ver e personalizar atalhos &gt; Atalhos personalizados, com o comando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Este ambiente de trabalho não deixa o Pauzeknop definir uma tecla sozinho. Acrescente uma em Definições do sistema &gt; Atalhos &gt; Adicionar novo &gt; Comando ou script, com o comando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Este ambiente de trabalho não deixa o Pauzeknop definir uma tecla sozinho. Acrescente um atalho nas definições de teclado do seu ambiente de trabalho, com o comando %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Um conselho: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Não faz mal. Tire mais um pouco de tempo.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Mais um ciclo</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Repete o mesmo exercício mais uma vez.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Outro exercício</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Deixa escolher outro exercício de respiração.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Afastar-me uns minutos</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Um temporizador de 2, 5 ou 10 minutos que lembra de ir ver a criança.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Isto ajudou</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Diz ao Pauzeknop, de forma anónima, que este conselho ajudou.</translation>
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
        <translation>Guardado nos meus conselhos</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Guardar nos meus conselhos</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Este conselho está na sua lista. Carregue para o retirar.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Guarda este conselho na sua lista, só neste computador.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Conselhos para mães e pais</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Conselhos para avós</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Conselhos para profissionais de creche</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Conselhos para quem cuida de uma criança</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Mostra os conselhos para este momento.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Ainda não há conselhos aqui.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Os conselhos que guardar com ☆ aparecem aqui.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conselhos</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Mostrar todos os conselhos</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Mostra também os conselhos escritos para mães e pais, avós e profissionais de creche.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Os meus conselhos</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Os meus conselhos</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Os conselhos que guardou.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Pausa agora</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quem pode ajudar</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Abrir o Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: clique para uma pausa</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>O Pauzeknop continua aqui</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Sempre que precisar de uma pausa, clique neste ícone. «Sair» está no menu dele.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>O registo das suas pausas está desligado. Nada de novo é registado.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Não foi possível ler o histórico anterior das suas pausas, por isso foi começado um novo. O ficheiro antigo foi guardado como %1. A pausa funciona como sempre.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Neste momento não é possível guardar as suas pausas nesta pasta. Ficam na memória até o Pauzeknop fechar. A pausa funciona como sempre.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>O histórico das suas pausas foi guardado por uma versão mais recente do Pauzeknop. Pode vê-lo, mas nada de novo é acrescentado até atualizar. A pausa funciona como sempre.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Tire alguns minutos para si.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Garanta que a criança está em segurança e depois saia do quarto. Nós avisamos quando for altura de ir ver.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Começa uma contagem decrescente calma. Nós avisamos quando for altura de ir ver.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Respire, beba um pouco de água. No fim, vá ver a criança.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Voltei</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Termina já a contagem decrescente.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Vá ver a criança agora.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina a pausa e volta ao ecrã inicial.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Falta %Ln minuto</numerusform>
            <numerusform>Faltam %Ln minutos</numerusform>
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
