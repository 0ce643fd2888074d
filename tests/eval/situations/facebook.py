"""Facebook situations (ids fb-NNNN). Notation: see _dsl.py. All people are invented.

Facebook identities are display names only. Messenger threads are `dm`; Sam's own posts and
the comments under them are `th(F, ...)`; Sam's comments on other people's posts use root=.
"""
from ._dsl import P, S, dm, th, net, crowd, ats

T, F, L = "twitter", "facebook", "linkedin"
ME = "me"

SITUATIONS = [

# ----------------------------------------------------------------- explicit asks, English
S("fb-0001", True, "A friend of a friend who runs a bakery writes for the first time and asks if she can call Sam this week about wholesale prices.",
  "ask_call first_contact",
  {"a": P("Rosa Tavares")},
  [dm(F, "a", [
      ("a", "-1d 19:32", "Hi Sam! We haven't met, I'm a friend of Inês. I run a small bakery in Almada and she said you're a genius with pricing. Could I call you this week? Our wholesale prices to cafés are basically killing us."),
  ], focus=True)]),

S("fb-0002", True, "An old classmate, silent for three years apart from a birthday wish, now runs a clinic and asks for time to talk about paid work.",
  "reengagement ask_chat",
  {"a": P("Danielle Okafor")},
  [dm(F, "a", [
      ("a", "-1100d 09:00", "Happy birthday Sam!! Hope you're well x"),
      (ME, "+5h", "Thanks Dani! Hope you're good too x"),
      ("a", "-2d 20:10", "Sam!! It's been forever. I now run a physio clinic with 6 staff and we're redoing all our packages. Would you have time to talk about it? I'd pay you properly this time haha, not in pizza like in uni"),
  ], focus=True)]),

S("fb-0003", True, "Sam's cousin opens a group chat to introduce a friend opening a café, and the friend asks to pick Sam's brain over coffee.",
  "introduction first_contact ask_meeting",
  {"k": P("Inês Rivera"), "n": P("Carla Monteiro")},
  [dm(F, "k", [
      ("k", "-40d 18:00", "Are you coming to Mum's on Sunday?"),
      (ME, "+1h", "Yes, bringing dessert!"),
  ]),
   dm(F, "k n", [
      ("k", "-1d 12:15", "Sam, this is Carla! She's opening a café in March and I told her you're the pricing person. Carla, Sam is lovely, don't be shy 😄"),
      ("n", "+40m", "Hi Sam! Thanks Inês 🙈 I'd love to pick your brain if you have time, coffee's on me ☕ I'm near Príncipe Real most days."),
  ], focus=True, title="Inês, Carla and Sam")],
  as_of="2026-01-20 08:00"),

S("fb-0004", True, "Under Sam's post about taking new clients, someone from a co-op bakery asks to talk and Sam says yes.",
  "ask_chat first_contact reciprocity",
  {"a": P("Teresa Valadares")},
  [th(F, [
      (ME, "-2d 10:00", "Small personal news: from April I'm taking on two small-business clients for pricing and packaging work. If you run a shop, studio or café and your prices feel like guesswork, I'd love to hear from you."),
      ("a", "+3h", "Sam, I'd love to talk about this for our co-op bakery. We've never changed prices in 4 years. Can I message you?"),
      (ME, "+1h", "Of course, Teresa! Message away."),
  ], focus=True)],
  as_of="2025-02-18 08:30"),

S("fb-0005", True, "A yoga studio owner asks how much Sam would charge to sort out her class pricing.",
  "ask_rates first_contact",
  {"a": P("Maya Lindholm")},
  [dm(F, "a", [
      ("a", "-3d 21:48", "Hi Sam, a friend shared your post about pricing for studios. How much would you charge to help me set up pricing for my yoga studio? We have drop-ins, 10-class passes and a monthly unlimited and I'm pretty sure it's all wrong."),
  ], focus=True)]),

S("fb-0006", True, "A neighbour who helped Sam before tried calling, then writes asking Sam to ring back about her shop.",
  "ask_call",
  {"a": P("Joana Pires")},
  [dm(F, "a", [
      ("a", "-70d 17:00", "Thanks for feeding the cat while we were away!"),
      (ME, "+2h", "Anytime, she's a sweetheart."),
      ("a", "-1d 18:02", "You missed a call from Joana Pires."),
      ("a", "+2m", "Hey Sam, sorry to bother you, tried calling! Can you ring me back when you're free? It's about the shop, the landlord is raising the rent and I need to redo all my prices 😩"),
  ], focus=True)]),

S("fb-0007", True, "A friend of a friend asks whether Sam would talk to her husband whose plumbing business underprices every quote.",
  "ask_help first_contact",
  {"a": P("Patrícia Lemos")},
  [dm(F, "a", [
      ("a", "-2d 13:20", "Hello Sam, I got your name from Rui. My husband runs a small plumbing business and honestly he underprices every quote, he's exhausted and we're not making money. Would you be willing to talk to him? I can give you his number or he can call you, whatever is easier."),
  ], focus=True)]),

S("fb-0008", True, "The manager of a local co-working space asks to meet for coffee to plan a pricing workshop for members.",
  "ask_meeting first_contact",
  {"a": P("Hugo Barreiros")},
  [dm(F, "a", [
      ("a", "-4d 11:05", "Hi Sam, I manage the co-working space on Rua do Sol. A few of our members follow your stuff. Would you like to meet for a coffee next week and talk about running a pricing workshop here? Paid, of course."),
      (ME, "+6h", "Hi Hugo, that sounds fun. Tuesday or Wednesday morning?"),
      ("a", "+35m", "Wednesday 10h works! I'll save you a desk."),
  ], focus=True)]),

S("fb-0009", True, "A member of a freelancers' group asks a pricing question under a post, trades several quick comments with Sam and then asks to message privately.",
  "first_contact reciprocity many_turns fast_reply indirect_ask",
  {"a": P("Viktor Hansen"), "g": P("Ana Lúcia Freitas")},
  [th(F, [
      ("a", "-2d 09:10", "How do you all price translation work that needs a lot of terminology research? Per word feels wrong."),
      (ME, "+25m", "Per word for the translation, plus a separate fixed fee for the glossary. Clients understand the glossary is an asset they keep."),
      ("a", "+6m", "Oh that's smart. Do you charge the glossary again if they come back a year later?"),
      (ME, "+10m", "Only for updates. Which makes them come back to you rather than someone else."),
      ("a", "+4m", "Sam, can I message you privately? I have a bigger question about a client in Oslo and I'd rather not post it here."),
  ], focus=True, root="g")]),

S("fb-0010", True, "A former client from two years ago is opening a second location and asks when they could talk about working together again.",
  "reengagement ask_chat",
  {"a": P("Rui Mascarenhas")},
  [dm(F, "a", [
      ("a", "-760d 15:00", "Sam, thanks again for everything. New menu is live and people aren't complaining about the prices, miracle!"),
      (ME, "+1h", "Brilliant news Rui, enjoy it!"),
      ("a", "-3d 10:40", "Hi Sam! We're opening a second restaurant in Porto in the autumn and I'd like your help with pricing again, this time for catering too. When could we talk?"),
  ], focus=True)],
  as_of="2025-04-08 07:00"),

S("fb-0011", True, "A baker asks, with no pressure, for half an hour of Sam's opinion on new menu prices; an indirect ask.",
  "indirect_ask ask_feedback first_contact",
  {"a": P("Leonor Sampaio")},
  [dm(F, "a", [
      ("a", "-1d 22:00", "Hi Sam, I follow your posts. If you ever have half an hour I'd really love your opinion on our new menu prices before we print them next month, no pressure at all!"),
  ], focus=True)]),

S("fb-0012", True, "A guesthouse owner sends her price list and asks for an honest look, maybe over a call.",
  "ask_feedback ask_call first_contact",
  {"a": P("Graça Antunes")},
  [dm(F, "a", [
      ("a", "-2d 16:30", "Hello Sam, I run a little guesthouse in Sintra. I've put together this year's prices (high season, low season, long stays). Could you take a look and tell me honestly what you think? Maybe over a call, I'm better at explaining by voice."),
  ], focus=True)]),

S("fb-0013", True, "An Etsy seller asks, with heavy typos, for Sam to call when free because orders are dropping.",
  "ask_call first_contact typo",
  {"a": P("Bella Quintana")},
  [dm(F, "a", [
      ("a", "-0d 01:55", "sam hiii sorry for the random msg!! can u call me wen ur free?? need advice on my etsy shop prices, orders r dropping since i raised them and i dont know if i shoud go back down"),
  ], focus=True)]),

S("fb-0014", True, "A friend's brother asks if Sam has 15 minutes this week before he signs a franchise deal.",
  "ask_chat ask_help first_contact",
  {"a": P("Mateus Carvalho")},
  [dm(F, "a", [
      ("a", "-2d 08:50", "Hey Sam, I'm Beatriz's brother. Got 15 minutes this week? Want to run a franchise offer by you before I sign anything. The fee structure looks off to me but I can't say why."),
  ], focus=True)]),

S("fb-0015", True, "A stranger starting a dog-grooming business trades many detailed messages with Sam over an evening; no call word, but a real new relationship.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Sienna Crowley")},
  [dm(F, "a", [
      ("a", "-2d 19:05", "Hi Sam, I saw your comment in the small business group. I'm opening a mobile dog-grooming van next month. Should I price by dog size or by time?"),
      (ME, "+15m", "By size and coat, with time as the thing you manage internally. Customers understand 'large double coat', they don't understand '95 minutes'."),
      ("a", "+4m", "That makes so much sense. What about travel? Some villages are 40 minutes away."),
      (ME, "+8m", "Zones. Free within town, a fixed fee per zone beyond. Never per kilometre, it invites haggling."),
      ("a", "+3m", "Zones! Ok. Last one: regulars every 6 weeks, do I give them a discount?"),
      (ME, "+12m", "Give them priority booking instead of a discount. Costs you nothing, worth a lot to them."),
      ("a", "+2m", "You're brilliant. Honestly I could ask you questions all night, this is the most useful conversation I've had since I started planning."),
  ], focus=True)]),

S("fb-0016", True, "An old friend tags a stranger under Sam's post saying they need to talk, and the stranger follows up by private message.",
  "introduction first_contact",
  {"k": P("Marco Bellandi"), "n": P("Tiago Almeida")},
  [dm(F, "k", [
      ("k", "-220d 21:00", "Miss our Thursday dinners!"),
      (ME, "+1d 10:00", "Same! Next time you're in town."),
  ]),
   th(F, [
      (ME, "-3d 09:00", "Wrote up how I'd price a tour company from scratch. Long read, tea recommended."),
      ("k", "+2h", "Tiago Almeida you need to talk to Sam about this!", {"at": "n"}),
      ("n", "+1h", "Haha Marco is right. Sam, sending you a message now."),
  ], focus=True),
   dm(F, "n", [
      ("n", "-3d 12:10", "Hi Sam, Tiago here, Marco's friend. I run walking tours in Lisbon and Porto and our prices are a patchwork of what competitors charge. I'd love to talk properly if you have time."),
  ], focus=True)]),

S("fb-0017", True, "A local shop owner who saw Sam's talk asks if she can buy Sam a coffee and talk about her next step.",
  "ask_meeting first_contact",
  {"a": P("Francisca Dores")},
  [dm(F, "a", [
      ("a", "-3d 17:45", "Hi Sam, I was at your talk at the library last night. Can I buy you a coffee sometime and tell you about my shop? I think we're ready to start selling online but I have no idea how to price shipping."),
  ], focus=True)]),

S("fb-0018", True, "Under Sam's post, a nonprofit coordinator asks who to talk to about booking Sam for their team.",
  "ask_rates first_contact",
  {"a": P("Wendell Osei")},
  [th(F, [
      (ME, "-2d 18:00", "Last week I ran a pricing workshop for a community theatre. Best question of the day: 'is it OK to charge people who love us?' Yes. Especially them."),
      ("a", "+2h", "This is exactly what our food-bank network needs. We keep giving our training away and burning out. Who do I talk to about booking you, and roughly what does a session cost?"),
  ], focus=True)]),

S("fb-0019", True, "Someone who attended Sam's webinar asks if Sam does one-on-one sessions and what they cost, then adds detail.",
  "ask_rates first_contact",
  {"a": P("Orla Whelan")},
  [dm(F, "a", [
      ("a", "-1d 13:00", "Hi Sam, I was at your webinar on Tuesday. Do you do one-on-one sessions? What's the price?"),
      ("a", "+3m", "For context: I'm a wedding celebrant, 3rd year, booked out but still broke 🙃"),
  ], focus=True)]),

S("fb-0020", True, "An old bandmate, silent for two years, now runs a brewery and wants to hire Sam, proposing a call.",
  "reengagement ask_call",
  {"a": P("Cormac Doyle")},
  [dm(F, "a", [
      ("a", "-800d 23:00", "Great gig last night, we should do it again some time!"),
      (ME, "+10h", "Absolutely. My ears are still ringing."),
      ("a", "-1d 17:20", "Sam! Long time no see. Mad question: we opened a small brewery last year and our taproom prices are a shambles. Fancy a call this week? I want to hire you, properly."),
  ], focus=True)]),

S("fb-0021", True, "A close friend asks for help pricing her first illustration commission due Friday and asks to call tonight.",
  "ask_help ask_call reciprocity fast_reply",
  {"a": P("Nadia Ferraz")},
  [dm(F, "a", [
      ("a", "-30d 20:00", "Thanks for dinner, we need to do that more often!"),
      (ME, "+1h", "Yes! Next one is at mine."),
      ("a", "-0d 00:20", "Sam help 😅 a publisher wants a quote for my first book cover illustration by Friday and I have no clue what to charge. Could I call you tonight?"),
      (ME, "+8m", "Of course! After 9?"),
      ("a", "+2m", "Perfect, you're a lifesaver"),
  ], focus=True)]),

S("fb-0022", True, "Two organisers of a local traders' association write together in a group chat asking Sam to advise on stall fees by phone.",
  "ask_call first_contact",
  {"a": P("Helena Rocha"), "b": P("Jorge Miranda")},
  [dm(F, "a b", [
      ("a", "-2d 10:00", "Hi Sam, Helena and Jorge from the Campo de Ourique traders' association here. We're setting stall fees for the Christmas fair and people are already arguing."),
      ("b", "+12m", "Would you be free for a quick phone call tomorrow morning? The committee would really value your advice."),
  ], focus=True, title="Feira de Natal")],
  as_of="2025-11-18 08:00"),

S("fb-0023", True, "A potter asks politely, without using the word call, whether she could ask Sam some questions about pricing her classes.",
  "indirect_ask ask_help first_contact",
  {"a": P("Aoife Brennan")},
  [dm(F, "a", [
      ("a", "-4d 12:30", "Hi Sam, I don't want to take advantage of your kindness, but would it be OK to ask you a few things about pricing my pottery classes? Whenever suits you. I'm fully booked but I think I'm undercharging by half."),
  ], focus=True)]),

S("fb-0024", True, "A friend living abroad who runs a language school asks for a video chat on Sunday about a new course price.",
  "ask_call",
  {"a": P("Chiara Benedetti")},
  [dm(F, "a", [
      ("a", "-120d 20:00", "Happy new year from Rome! 🎆"),
      (ME, "+9h", "Happy new year Chiara!"),
      ("a", "-1d 21:15", "Sam! Could we do a video chat on Sunday? We're launching an intensive course at the school and I need a sanity check on the price before we publish it on Monday."),
  ], focus=True)],
  as_of="2025-05-01 08:00"),

S("fb-0025", True, "A vineyard owner tags Sam in a post asking whether Sam does pricing work for tasting rooms.",
  "ask_rates first_contact",
  {"a": P("Duarte Sequeira")},
  [th(F, [
      ("a", "-2d 15:00", "Looking for someone to help us rethink prices for our family vineyard's tasting room and wine club. Sam Rivera, a friend said this is something you do. Is it?"),
  ], focus=True)]),

S("fb-0026", True, "A stranger asks follow-up questions under Sam's post and gets quick answers in a lively back-and-forth.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Ingrid Aalto")},
  [th(F, [
      (ME, "-1d 09:00", "Hairdressers, tattoo artists, massage therapists: your cancellation policy is part of your price. Write it like it is."),
      ("a", "+11m", "Tattoo artist here. We take a deposit but people still no-show. Would you make the deposit bigger or add a fee on top?"),
      (ME, "+7m", "Bigger deposit, and make it count towards the tattoo. A fee on top feels like punishment, a deposit feels like commitment."),
      ("a", "+5m", "And for big pieces over several sessions? Deposit per session?"),
      (ME, "+9m", "One deposit for the whole piece, returned at the last session. Keeps them coming back to finish."),
      ("a", "+3m", "Oh I love that. We lose so many half-finished sleeves. Going to try this with my two apprentices too."),
  ], focus=True)]),

S("fb-0027", True, "A cleaning-business owner, with typos, asks to talk tomorrow about quoting an office contract due Monday.",
  "ask_help ask_chat first_contact typo",
  {"a": P("Keely Murphy")},
  [dm(F, "a", [
      ("a", "-1d 22:45", "hi sam, sorry to bug u, sarah gave me ur name. my cleaning biz got asked to quote for a whole office buildng by monday and i have no clue how to quote it. could we talk tmrw pls? even 10 mins"),
  ], focus=True)]),

S("fb-0028", True, "A former colleague silent for over a year proposes partnering on a small consultancy and asks if Sam is open to it.",
  "reengagement indirect_ask",
  {"a": P("Elsa Lindqvist")},
  [dm(F, "a", [
      ("a", "-420d 12:00", "Congrats on going independent, Sam! Brave move."),
      (ME, "+3h", "Thanks Elsa! Terrified but happy."),
      ("a", "-3d 09:30", "Hi Sam! I'm leaving the agency in June to start a small consultancy for museums and galleries, and pricing is the piece I'm weakest at. Would you be open to partnering on the first few projects? I'd love to talk it through properly."),
  ], focus=True)]),

S("fb-0029", True, "A tutor asks Sam to look at her price flyer and offers to pay for a short session to go through it.",
  "ask_feedback first_contact",
  {"a": P("Priyanka Shah")},
  [dm(F, "a", [
      ("a", "-2d 17:00", "Hi Sam, Maria from the school gate told me about you. I tutor maths and I've made a flyer with my prices for next year. Would you mind having a look? I'd happily pay for a short session to go through it with you."),
  ], focus=True)]),

S("fb-0030", True, "A stranger who read Sam's post writes two messages asking if they can speak because a big client offer arrived.",
  "ask_chat first_contact",
  {"a": P("Gareth Llewellyn")},
  [dm(F, "a", [
      ("a", "-0d 02:10", "Hi Sam, sorry for the late message. I read your post about big clients and discounts."),
      ("a", "+4m", "A supermarket chain wants to stock our chutneys but they want 45% off wholesale. Could we speak before I answer them? I have until Thursday."),
  ], focus=True)]),

S("fb-0031", True, "A friend of Sam's sister asks if Sam can meet for lunch to discuss pricing for her new architecture studio.",
  "ask_meeting first_contact",
  {"a": P("Mariana Lobo")},
  [dm(F, "a", [
      ("a", "-2d 12:00", "Hi Sam, I'm Mariana, I studied with your sister. I've just opened my own architecture studio and I'm quoting my first projects. Could we meet for lunch one of these days? My treat, I need to understand how to charge for revisions."),
  ], focus=True)]),

# ----------------------------------------------------------------- Spanish, French, German positives
S("fb-0032", True, "A ceramics shop owner writes in Spanish via a friend and asks to talk by phone this week about wholesale prices.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Inmaculada Ruiz")},
  [dm(F, "a", [
      ("a", "-1d 18:25", "Hola Sam, soy amiga de Lucía. Tengo una tienda de cerámica en Sevilla y necesito ayuda con los precios al por mayor, las tiendas me piden un 50% y no me salen las cuentas. ¿Podríamos hablar por teléfono esta semana?"),
  ], focus=True)]),

S("fb-0033", True, "A photographer asks in Spanish how much Sam would charge for a session reviewing her studio's rates.",
  "ask_rates first_contact non_english lang_es",
  {"a": P("Ainhoa Etxeberria")},
  [dm(F, "a", [
      ("a", "-3d 11:40", "Buenos días Sam. ¿Cuánto me cobrarías por una sesión para revisar las tarifas de mi estudio de fotografía? Hago bodas y retratos y creo que cobro lo mismo por cosas que no se parecen nada."),
  ], focus=True)]),

S("fb-0034", True, "In Spanish, a known acquaintance says that if Sam ever has a moment she'd love to tell Sam about her project; an indirect ask.",
  "indirect_ask non_english lang_es",
  {"a": P("Pilar Cifuentes")},
  [dm(F, "a", [
      ("a", "-90d 20:00", "¡Qué bien lo pasamos en la boda de Marta!"),
      (ME, "+1d 10:00", "¡Sí! Qué noche 😄"),
      ("a", "-2d 21:30", "Oye Sam, si algún día tienes un ratito me encantaría contarte lo que estamos montando con mi socia: una escuela de cocina para empresas. No sabemos ni por dónde empezar con los precios y tú eres la persona que más sabe de esto que conozco."),
  ], focus=True)]),

S("fb-0035", True, "An old friend writes in Spanish after two years to propose a coffee in Madrid with a business proposal.",
  "reengagement ask_meeting non_english lang_es",
  {"a": P("Álvaro Peñalosa")},
  [dm(F, "a", [
      ("a", "-730d 22:00", "¡Feliz cumple, Sam! A ver si nos vemos pronto."),
      (ME, "+12h", "¡Gracias Álvaro! Un abrazo"),
      ("a", "-1d 19:00", "¡Sam! Cuánto tiempo. Me han dicho que vienes a Madrid la semana que viene. ¿Te apetece un café? Tengo una propuesta para ti: estamos lanzando una agencia de viajes para empresas y queremos que nos ayudes con los precios."),
  ], focus=True)]),

S("fb-0036", True, "A friend of a friend opening a bakery in Nantes asks in French if they could call each other.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Léa Dumont")},
  [dm(F, "a", [
      ("a", "-2d 20:15", "Salut Sam, c'est Léa, l'amie de Julie. J'ouvre une boulangerie à Nantes en mai et je suis complètement perdue sur les prix (viennoiseries, commandes pour les entreprises…). Julie m'a dit que tu étais la bonne personne. On pourrait s'appeler un de ces jours ?"),
  ], focus=True)],
  as_of="2026-02-24 08:00"),

S("fb-0037", True, "A French florist asks how much Sam would charge to help set prices for weddings.",
  "ask_rates first_contact non_english lang_fr",
  {"a": P("Océane Garnier")},
  [dm(F, "a", [
      ("a", "-1d 10:20", "Bonjour Sam, je suis fleuriste à Bordeaux. Combien prendrais-tu pour m'aider à revoir mes tarifs mariages ? J'ai l'impression de travailler à perte sur les grosses commandes."),
  ], focus=True)]),

S("fb-0038", True, "A known French contact introduces Sam to a restaurateur in a group chat and the restaurateur asks to talk.",
  "introduction first_contact non_english lang_fr",
  {"k": P("Juliette Lambert"), "n": P("Antoine Caron")},
  [dm(F, "k", [
      ("k", "-150d 19:00", "Merci encore pour tes conseils, Sam !"),
  ]),
   dm(F, "k n", [
      ("k", "-3d 13:00", "Sam, je te présente Antoine ! Il reprend un restaurant à Lille et il se pose mille questions sur ses prix. Antoine, Sam est génial, tu verras."),
      ("n", "+50m", "Bonjour Sam, merci Juliette ! J'aimerais beaucoup échanger avec toi, quand ça t'arrange."),
  ], focus=True, title="Antoine, Juliette et Sam")]),

S("fb-0039", True, "A French restaurant owner writes in texting shorthand asking Sam to call when available.",
  "ask_call first_contact typo non_english lang_fr",
  {"a": P("Kévin Lemaire")},
  [dm(F, "a", [
      ("a", "-0d 00:40", "slt sam, tu peux m'apeler qd t dispo? c pour mon resto, les fournisseurs ont tout augmenté et jsp si je dois monter ma carte"),
  ], focus=True)]),

S("fb-0040", True, "Someone opening a café in Freiburg asks in German whether they could talk on the phone about pricing.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Johanna Reuter")},
  [dm(F, "a", [
      ("a", "-2d 11:00", "Hallo Sam, ich bin eine Freundin von Jana. Ich eröffne im Frühjahr ein kleines Café in Freiburg und brauche dringend Hilfe bei der Preisgestaltung. Könnten wir mal telefonieren?"),
  ], focus=True)],
  as_of="2025-01-28 07:30"),

S("fb-0041", True, "A German visitor to Lisbon asks Sam out for coffee to talk about her jewellery business, and Sam agrees.",
  "ask_meeting first_contact reciprocity non_english lang_de",
  {"a": P("Lena Wagner")},
  [dm(F, "a", [
      ("a", "-3d 15:00", "Hallo Sam! Ich bin nächste Woche in Lissabon. Hättest du Lust auf einen Kaffee? Ich mache Schmuck und verkaufe seit einem Jahr online, und ich glaube, meine Preise sind viel zu niedrig."),
      (ME, "+4h", "Hallo Lena, sehr gern! Dienstag oder Donnerstag?"),
      ("a", "+20m", "Donnerstag wäre perfekt 😊"),
  ], focus=True)]),

S("fb-0042", True, "An old friend from a German exchange year gets back in touch after years with a concrete request for help pricing a guesthouse.",
  "reengagement ask_help non_english lang_de",
  {"a": P("Matthias Lehmann")},
  [dm(F, "a", [
      ("a", "-1200d 20:00", "Alles Gute zum Geburtstag, Sam!"),
      ("a", "-4d 18:30", "Hallo Sam, lange nichts gehört! Meine Frau und ich haben eine kleine Pension an der Ostsee übernommen und wissen nicht, wie wir die Preise für Hoch- und Nebensaison festlegen sollen. Könntest du uns helfen? Gern auch gegen Bezahlung natürlich."),
  ], focus=True)]),

S("fb-0043", True, "A German carpenter and Sam exchange several quick, substantive messages about quoting; a fresh, active conversation.",
  "first_contact reciprocity many_turns fast_reply non_english lang_de",
  {"a": P("Jonas Becker")},
  [dm(F, "a", [
      ("a", "-1d 19:00", "Hallo Sam, ich bin Tischler und mache Einbauschränke. Soll ich Festpreise oder nach Aufwand anbieten?"),
      (ME, "+10m", "Festpreise, aber mit klar definierten Varianten. Kunden wollen wissen, was es kostet, nicht wie lange du brauchst."),
      ("a", "+5m", "Und wenn der Altbau schief ist und alles länger dauert?"),
      (ME, "+9m", "Dann gehört ein Altbau-Zuschlag in die Varianten. Einmal vor Ort messen, dann Festpreis."),
      ("a", "+4m", "Das Vor-Ort-Messen mache ich bisher umsonst. Sollte ich das berechnen?"),
      (ME, "+6m", "Ja, und bei Auftrag verrechnen. Das filtert auch die Leute, die nur Preise sammeln."),
      ("a", "+3m", "Super, danke! Das ändert gerade einiges bei mir."),
  ], focus=True)]),

# ----------------------------------------------------------------- cross-platform positives
S("fb-0044", True, "A stranger messages Sam on Facebook and sends a LinkedIn invitation with a note the next day, both about hiring Sam.",
  "cross_platform first_contact ask_chat",
  {"a": P("Beatrix Hallström", li=True)},
  [dm(F, "a", [
      ("a", "-3d 20:00", "Hi Sam, I hope it's OK to message here. I run a small chain of three climbing gyms and we're rethinking memberships. Would you be up for a chat about working together?"),
  ], focus=True),
   net("a", [
      ("a", "-2d 09:30", "Hi Sam, I also sent you a message on Facebook about our climbing gyms' memberships. Would love to connect and talk."),
  ], focus=True)]),

S("fb-0045", True, "A reader comments on Sam's Facebook post and DMs on Twitter the same week asking for a call about her shop.",
  "cross_platform first_contact ask_call",
  {"a": P("Harriet Cole", tw="harrietcole_makes")},
  [th(F, [
      (ME, "-5d 18:00", "New blog post: pricing handmade work when every piece is different."),
      ("a", "+3h", "This is me every single day. Thank you for writing it."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 11:00", "Hi Sam, Harriet here, I commented on your Facebook post about handmade pricing. I'd really love a call if you ever do them, I sell ceramics at markets and online and I'm stuck."),
  ], focus=True)]),

S("fb-0046", True, "A former colleague silent for eighteen months writes on Facebook and LinkedIn in the same week about bringing Sam into a project.",
  "cross_platform reengagement ask_call",
  {"a": P("Simon Achterberg", li=True)},
  [dm(F, "a", [
      ("a", "-560d 19:00", "Good luck with the new chapter, Sam!"),
      ("a", "-4d 20:30", "Sam! Long time. Sending you a LinkedIn message too, but the short version: I'm leading a pricing project at a hotel group and I want you on it. Can we talk?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-4d 20:40", "Hi Sam, as promised on Facebook: we have a 3-month pricing review for a 12-hotel group, starting June. I'd love to bring you in as the pricing lead. Do you have time for a call this week?"),
  ], focus=True)],
  as_of="2026-03-31 08:00"),

S("fb-0047", True, "A Spanish-speaking café owner writes on Facebook and then on Twitter within days, the second time asking for a call.",
  "cross_platform first_contact ask_call non_english lang_es",
  {"a": P("Guadalupe Olmedo", tw="lupeolmedo")},
  [dm(F, "a", [
      ("a", "-5d 21:00", "Hola Sam, tengo una cafetería en Granada y leí tu artículo sobre precios de menú. Me encantó."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 10:15", "Hola Sam, te escribí también por Facebook. ¿Podríamos hacer una llamada corta? Quiero subir precios en septiembre y me da pánico perder clientes."),
  ], focus=True)],
  as_of="2025-06-17 08:00"),

S("fb-0048", True, "A French bookshop owner comments on Sam's Facebook post and follows up on LinkedIn with a proposal for a paid talk.",
  "cross_platform first_contact ask_meeting non_english lang_fr",
  {"a": P("Mathilde Perrin", li=True)},
  [th(F, [
      (ME, "-6d 10:00", "Petite conférence hier à Porto sur les prix des commerces indépendants. Merci à tous ceux qui sont venus !"),
      ("a", "+6h", "J'aurais adoré y être ! Je tiens une librairie à Rennes."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:00", "Bonjour Sam, suite à mon commentaire sur Facebook : notre association de libraires aimerait vous inviter pour une intervention rémunérée en octobre. Pourrions-nous fixer un rendez-vous en visio pour en parler ?"),
  ], focus=True)],
  as_of="2025-05-27 07:00"),

# ----------------------------------------------------------------- birthdays, congratulations, thanks, emoji
S("fb-0049", False, "An old friend posts a happy-birthday message on Sam's timeline; warm but nothing to act on.",
  "small_talk",
  {"a": P("Siobhan Kearney")},
  [th(F, [
      ("a", "-0d 05:30", "Happy birthday Sam!! 🎂🎉 Hope you have the best day, miss you!"),
  ], focus=True)],
  as_of="2026-03-14 08:00"),

S("fb-0050", False, "A birthday message in Messenger that Sam answered with thanks.",
  "small_talk thanks_only",
  {"a": P("Gavin Reilly")},
  [dm(F, "a", [
      ("a", "-365d 09:00", "Happy birthday mate!"),
      (ME, "+3h", "Cheers Gavin!"),
      ("a", "-1d 09:10", "Happy birthday mate! Another year older 🍻"),
      (ME, "+2h", "Cheers Gavin, same again next year 😄"),
  ], focus=True)],
  as_of="2025-03-15 08:30"),

S("fb-0051", False, "A one-word congratulations under Sam's post about a book deal.",
  "small_talk",
  {"a": P("Fernanda Leite")},
  [th(F, [
      (ME, "-2d 12:00", "Some news I've been sitting on: I signed a contract for a book about pricing for small businesses! Out next spring."),
      ("a", "+40m", "Congrats!!"),
  ], focus=True)]),

S("fb-0052", False, "Heart emojis under Sam's post.",
  "emoji_only",
  {"a": P("Rita Galvão")},
  [th(F, [
      (ME, "-1d 18:00", "Ten years since I left the office job. Best decision, hardest decision."),
      ("a", "+1h", "❤️❤️"),
  ], focus=True)]),

S("fb-0053", False, "A crying-laughing emoji comment under Sam's joke post.",
  "emoji_only",
  {"a": P("Dylan Moore")},
  [th(F, [
      (ME, "-2d 20:00", "Client: can you make it pop more? Me: I am a pricing consultant."),
      ("a", "+15m", "😂😂😂"),
  ], focus=True)]),

S("fb-0054", False, "A thumbs-up reply in Messenger to Sam's message about returning a borrowed drill.",
  "emoji_only",
  {"a": P("Paulo Vieira")},
  [dm(F, "a", [
      (ME, "-1d 18:00", "I'll drop your drill back on Saturday morning, thanks for lending it!"),
      ("a", "+20m", "👍"),
  ], focus=True)]),

S("fb-0055", False, "After Sam recommends an accountant, the person only says thank you.",
  "thanks_only",
  {"a": P("Aisling Kavanagh")},
  [dm(F, "a", [
      ("a", "-3d 10:00", "Hi Sam, any chance you could recommend an accountant for a sole trader?"),
      (ME, "+2h", "Yes! Marta Cunha, she's great with freelancers. I'll send you her email."),
      ("a", "+5m", "Thank you!"),
  ], focus=True)]),

S("fb-0056", False, "A Spanish happy-birthday post on Sam's timeline.",
  "small_talk non_english lang_es",
  {"a": P("Begoña Urrutia")},
  [th(F, [
      ("a", "-1d 08:00", "¡Feliz cumpleaños, Sam! 🎉 Que pases un día genial, ¡a ver cuándo nos vemos!"),
  ], focus=True)],
  as_of="2026-03-15 07:30"),

S("fb-0057", False, "A French happy-birthday message.",
  "small_talk non_english lang_fr",
  {"a": P("Clémence Aubry")},
  [dm(F, "a", [
      ("a", "-0d 05:45", "Bon anniversaire Sam !! 🥳 Plein de belles choses pour cette nouvelle année."),
  ], focus=True)],
  as_of="2025-03-14 08:00"),

S("fb-0058", False, "A German happy-birthday comment on Sam's timeline.",
  "small_talk non_english lang_de",
  {"a": P("Uwe Schröder")},
  [th(F, [
      ("a", "-1d 07:30", "Alles Gute zum Geburtstag, Sam! Lass dich feiern 🎈"),
  ], focus=True)],
  as_of="2026-03-15 08:00"),

S("fb-0059", False, "A Spanish 'thanks a million' after Sam shared a restaurant tip.",
  "thanks_only non_english lang_es",
  {"a": P("Lorena Gil")},
  [dm(F, "a", [
      ("a", "-2d 19:00", "Sam, ¿qué restaurante era ese de Alfama que nos recomendaste?"),
      (ME, "+30m", "¡O Cantinho! Pedid el arroz de marisco."),
      ("a", "+3m", "¡Mil gracias!"),
  ], focus=True)]),

S("fb-0060", False, "A heart-eyes emoji reply from a German friend to Sam's holiday photo comment.",
  "emoji_only non_english lang_de",
  {"a": P("Friederike Haas")},
  [th(F, [
      (ME, "-1d 17:00", "Endlich Urlaub. Zwei Wochen ohne Angebote schreiben."),
      ("a", "+25m", "😍"),
  ], focus=True)]),

# ----------------------------------------------------------------- automated
S("fb-0061", False, "Sam messaged a business Page and got its automatic 'we reply within a day' response.",
  "automated",
  {"a": P("Oficina Gráfica Lumen")},
  [dm(F, "a", [
      (ME, "-1d 15:00", "Hi, do you print A2 posters on recycled paper? I'd need 50."),
      ("a", "+1m", "Thanks for messaging us! We typically reply within a day. In the meantime, check our price list: lumen.example/precos"),
  ], focus=True)]),

S("fb-0062", False, "A Marketplace buyer sends the pre-filled 'Is this still available?' about a bike Sam is selling.",
  "automated first_contact",
  {"a": P("Ricardo Fontes")},
  [dm(F, "a", [
      ("a", "-0d 04:50", "Is this still available?"),
  ], focus=True, title="Ricardo · Road bike 56cm")]),

S("fb-0063", False, "An event Page sends an automated reminder about tomorrow's meetup.",
  "automated",
  {"a": P("Lisbon Small Business Meetup")},
  [dm(F, "a", [
      ("a", "-0d 06:00", "Reminder: Lisbon Small Business Meetup starts tomorrow at 18:30 at Hub Criativo. Reply STOP to unsubscribe from reminders."),
  ], focus=True)]),

S("fb-0064", False, "A group-chat bot welcomes Sam to a freelancers' chat with the rules.",
  "automated",
  {"a": P("Lisbon Freelancers Bot"), "b": P("Nuno Faria")},
  [dm(F, "a b", [
      ("b", "-2d 09:00", "Nuno Faria added Sam Rivera to the group."),
      ("a", "+1m", "Welcome to the Lisbon Freelancers chat, Sam! 📌 Please read the pinned rules: no self-promotion outside Fridays, be kind, search before asking."),
  ], focus=True, title="Lisbon Freelancers")]),

S("fb-0065", False, "A French shop's automatic reply to Sam's question.",
  "automated non_english lang_fr",
  {"a": P("Papeterie Bonheur")},
  [dm(F, "a", [
      (ME, "-2d 11:00", "Bonjour, est-ce que vous livrez au Portugal ?"),
      ("a", "+1m", "Merci pour votre message ! Nous vous répondrons dans les plus brefs délais. Horaires : du mardi au samedi, 10h–19h."),
  ], focus=True)]),

# ----------------------------------------------------------------- promotional, MLM
S("fb-0066", False, "A classic MLM opener from a near-stranger asking Sam to hop on a quick call about a 'business opportunity'.",
  "promotional first_contact keyword_trap typo",
  {"a": P("Kayleigh Summers")},
  [dm(F, "a", [
      ("a", "-1d 21:30", "Hey hun!! 💕 random q but r u open to hearing about a buisness oportunity? Ive been working from my phone for 6 months and honestly its changed my life. Lets hop on a quick cal so i can tell u more! ✨"),
  ], focus=True)]),

S("fb-0067", False, "An acquaintance asks Sam to like and share her page.",
  "promotional reengagement",
  {"a": P("Tânia Correia")},
  [dm(F, "a", [
      ("a", "-300d 20:00", "Great to see you at the market!"),
      ("a", "-2d 19:40", "Hi Sam! Could you like and share my new page? 🙏 It would mean the world. facebook.example/taniabakes"),
  ], focus=True)]),

S("fb-0068", False, "A relative asks Sam to vote for her daughter's photo in a contest.",
  "promotional small_talk",
  {"a": P("Aunt Lurdes")},
  [dm(F, "a", [
      ("a", "-3d 14:00", "Sam querido, please vote for Sofia's photo in the school contest! Just click the heart 💕 contest.example/sofia"),
  ], focus=True)]),

S("fb-0069", False, "An ads agency pitches Sam's page and invites Sam to book a free strategy call.",
  "promotional first_contact keyword_trap",
  {"a": P("Lead Boost Media")},
  [dm(F, "a", [
      ("a", "-2d 10:30", "Hi Sam! We noticed your page could be getting 3x more leads with the right ads. Book a free 20-minute strategy call with one of our experts: leadboost.example/call"),
  ], focus=True)]),

S("fb-0070", False, "A Spanish MLM pitch offering to explain 'earning from home' on a video call.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Yolanda Prieto")},
  [dm(F, "a", [
      ("a", "-1d 22:00", "¡Hola guapa! ¿Te interesaría ganar dinero desde casa con solo tu móvil? 😘 Te lo cuento todo en una videollamada rapidita, ¡sin compromiso!"),
  ], focus=True)]),

S("fb-0071", False, "A German social-media agency pitches its service and proposes a short introductory talk.",
  "promotional first_contact keyword_trap non_english lang_de",
  {"a": P("Klickwerk Social")},
  [dm(F, "a", [
      ("a", "-3d 09:30", "Hallo Sam! Wir bieten Social-Media-Betreuung für Selbstständige ab 199 €/Monat. Hast du Lust auf ein kurzes, unverbindliches Kennenlerngespräch?"),
  ], focus=True)]),

S("fb-0072", False, "A shop announces its opening party to a group message of two dozen people, Sam among them.",
  "mass_mention promotional",
  dict(crowd(23, 7), a=P("Vera Nogueira")),
  [dm(F, "a " + ats(23), [
      ("a", "-2d 12:00", "You're all invited to the opening of Casa Vera on Saturday from 17h! 🥂 Wine, music and 10% off everything. Bring friends!"),
  ], focus=True, title="Casa Vera opening")]),

# ----------------------------------------------------------------- spam, scams, hacked accounts
S("fb-0073", False, "A fake 'Meta support' message threatening to disable Sam's page unless Sam verifies through a link.",
  "spam automated first_contact",
  {"a": P("Meta Business Support Center")},
  [dm(F, "a", [
      ("a", "-1d 03:20", "Your page will be permanently disabled in 24 hours due to a copyright complaint. If you think this is a mistake, verify your account here: meta-business-appeal.example"),
  ], focus=True)]),

S("fb-0074", False, "A romance-scam opener from a stranger claiming to be a soldier abroad.",
  "spam first_contact",
  {"a": P("James Whitfield")},
  [dm(F, "a", [
      ("a", "-2d 23:10", "Hello, I am Captain James, serving on a peacekeeping mission. I saw your profile and you have a kind smile. Can we be friends?"),
      ("a", "+1d 22:40", "Good evening my dear, why you not answer me?"),
  ], focus=True)]),

S("fb-0075", False, "A 'Facebook lottery' message announcing Sam has won money.",
  "spam first_contact",
  {"a": P("FB Promo Award Team")},
  [dm(F, "a", [
      ("a", "-0d 02:00", "CONGRATULATIONS!!! Your profile was selected in the Facebook Anniversary Lottery. You won $500,000. Contact our agent on WhatsApp to claim your prize."),
  ], focus=True)]),

S("fb-0076", False, "A known contact's hacked account sends a 'is this you in this video?' phishing link.",
  "spam reengagement",
  {"a": P("Bernardo Couto")},
  [dm(F, "a", [
      ("a", "-500d 20:00", "Good to see you at Rui's wedding!"),
      (ME, "+1d 09:00", "You too Bernardo!"),
      ("a", "-0d 04:12", "Is this you in this video?? 😱 vid-share.example/x8f2k"),
  ], focus=True)]),

S("fb-0077", False, "A French scam claiming Sam won an iPhone.",
  "spam first_contact non_english lang_fr",
  {"a": P("Service Clients Gagnants")},
  [dm(F, "a", [
      ("a", "-1d 01:30", "Félicitations ! Vous avez été sélectionné pour gagner un iPhone 15. Confirmez vos coordonnées ici avant minuit : cadeaux-gagnants.example"),
  ], focus=True)]),

S("fb-0078", False, "A chain message asking Sam to forward it to ten friends.",
  "spam",
  {"a": P("Great-uncle Armando")},
  [dm(F, "a", [
      ("a", "-2d 07:00", "Forward this message to 10 friends in the next hour and something good will happen to you tomorrow!! Don't break the chain 🙏🙏🙏"),
  ], focus=True)]),

S("fb-0079", False, "A stranger's 'hi... how are you dear' openers with no substance.",
  "spam first_contact",
  {"a": P("Michael Anders")},
  [dm(F, "a", [
      ("a", "-3d 03:00", "hi"),
      ("a", "+1d 02:30", "how are you dear"),
  ], focus=True)]),

# ----------------------------------------------------------------- mass tags, group noise
S("fb-0080", False, "Sam is tagged with seventeen others in a school-reunion photo.",
  "mass_mention small_talk",
  dict(crowd(17, 8), a=P("Bruno Teixeira")),
  [th(F, [
      ("a", "-1d 22:00", "Class of 2008 reunion!! What a night 📸 Same faces, more grey hair.", {"at": ats(17)}),
  ], focus=True)]),

S("fb-0081", False, "A German thank-you post tags a dozen volunteers including Sam.",
  "mass_mention non_english lang_de",
  dict(crowd(12, 9), a=P("Gisela Brandt")),
  [th(F, [
      ("a", "-2d 16:00", "Danke an alle, die beim Flohmarkt geholfen haben! Wir haben 1.240 € für die Kita gesammelt 💛", {"at": ats(12)}),
  ], focus=True)]),

S("fb-0082", False, "A busy neighbourhood group chat planning a barbecue; lots of messages but nothing for Sam to act on.",
  "small_talk many_turns reciprocity fast_reply",
  {"a": P("Filipa Matos"), "b": P("Ricardo Sá"), "c": P("Helga Svensson"), "d": P("Tomás Prata")},
  [dm(F, "a b c d", [
      ("a", "-1d 18:00", "BBQ on Saturday at ours? 🍖"),
      ("b", "+4m", "yes! who's bringing the chips lol"),
      ("c", "+10m", "I'll bring salad and chips"),
      (ME, "+15m", "I'll bring drinks 🍻"),
      ("d", "+20m", "we're in, kids too if that's ok"),
      ("a", "+5m", "of course! 16h?"),
      ("b", "+2m", "👍"),
  ], focus=True, title="Rua das Flores 🌸")]),

S("fb-0083", False, "An old-schoolmates group chat buzzing with reunion-dinner logistics; many turns, no business and no ask.",
  "small_talk many_turns reciprocity fast_reply",
  {"a": P("Joanna Pietrzak"), "b": P("Ewan McBride"), "c": P("Sanne de Vries"), "d": P("Luis Arriaga"), "e": P("Kate Whelan")},
  [dm(F, "a b c d e", [
      ("a", "-3d 20:00", "Ok people, reunion dinner: 14th or 21st?"),
      ("b", "+3m", "21st, I'm away on the 14th"),
      ("c", "+6m", "21st works"),
      (ME, "+25m", "Either works for me!"),
      ("d", "+1h", "21st 👍"),
      ("e", "+2h", "Can we do somewhere veggie friendly this time 🙏"),
      ("a", "+10m", "Noted! Booking the Indian place on the 21st, 8pm"),
  ], focus=True, title="Class of '08 🎓")]),

# ----------------------------------------------------------------- hostile
S("fb-0084", False, "An angry stranger blames 'people like Sam' for rising prices under Sam's post.",
  "hostile first_contact",
  {"a": P("Gary Pendleton")},
  [th(F, [
      (ME, "-2d 09:00", "If you run a café and your costs went up 30%, your prices can go up too. That's not greed."),
      ("a", "+2h", "People like you are why everything is so expensive now. Disgusting advice."),
  ], focus=True)]),

S("fb-0085", False, "A troll calls Sam's paid workshop a scam, with 'call it what it is'.",
  "hostile keyword_trap",
  {"a": P("Derek Shaw")},
  [th(F, [
      (ME, "-1d 12:00", "Two seats left for Saturday's pricing workshop for makers and shop owners."),
      ("a", "+35m", "lol who even pays for this. call it what it is, a scam"),
  ], focus=True)]),

S("fb-0086", False, "A hostile Spanish comment mocking Sam for charging for advice.",
  "hostile non_english lang_es",
  {"a": P("Ramón Escobar")},
  [th(F, [
      (ME, "-2d 19:00", "Nuevo taller online: cómo poner precio a tus servicios sin pedir perdón."),
      ("a", "+1h", "Vaya cara tienes, cobrar por dar consejos que están gratis en internet."),
  ], focus=True)]),

S("fb-0087", False, "A French group member tells Sam to stop spamming the group with ads.",
  "hostile non_english lang_fr",
  {"a": P("Thierry Masson")},
  [th(F, [
      ("a", "-1d 21:00", "Sam Rivera, arrête de spammer le groupe avec tes pubs. Ici on s'entraide, on ne vend pas."),
  ], focus=True)]),

# ----------------------------------------------------------------- keyword traps
S("fb-0088", False, "A family group chat reminds everyone to call grandma on Sunday; a call keyword about family logistics, not a call with Sam.",
  "keyword_trap small_talk",
  {"m": P("Graciete Rivera"), "i": P("Inês Rivera"), "p": P("Paulo Rivera")},
  [dm(F, "m i p", [
      ("m", "-1d 19:00", "Don't forget to call grandma on Sunday, it's her 90th!! 🎂"),
      ("i", "+5m", "Already in my calendar 💛"),
      (ME, "+30m", "Will do! Video call so she can see the cake?"),
      ("p", "+1h", "She'll hang up on the video again 😂"),
  ], focus=True, title="Família 💛")]),

S("fb-0089", False, "A comment joking about a two-hour team meeting on the coffee machine; a meeting keyword, no ask.",
  "keyword_trap",
  {"a": P("Claire Donovan")},
  [th(F, [
      (ME, "-1d 16:00", "What's the most useless thing you've spent a meeting on?"),
      ("a", "+12m", "Our team meeting today was 2 hours about the new coffee machine 😂"),
  ], focus=True)]),

S("fb-0090", False, "After a video call with an old friend, the system line 'The video call ended.' is followed by a goodbye; done, and the keyword is system prose.",
  "keyword_trap closed",
  {"a": P("Sinéad Farrelly")},
  [dm(F, "a", [
      ("a", "-3d 20:00", "Free for a video call tonight? Want to show you the new flat!"),
      (ME, "+10m", "Yes! 9pm?"),
      ("a", "+1h", "The video call ended."),
      ("a", "+3m", "So good to see your face! Say hi to everyone x"),
      (ME, "+10m", "You too, the flat is gorgeous x"),
  ], focus=True)]),

S("fb-0091", False, "A group chat winds down with 'let's call it a night'; the call keyword is idiomatic.",
  "keyword_trap small_talk",
  {"a": P("Rory Gallagher"), "b": P("Mei Chen")},
  [dm(F, "a b", [
      ("a", "-1d 22:00", "Ok that was a great quiz night, we came 3rd!"),
      ("b", "+5m", "robbed on the music round"),
      (ME, "+8m", "Next time we win. Let's call it a night?"),
      ("a", "+2m", "yes, call it a night, I'm wrecked 😴"),
  ], focus=True, title="Quiz team 🧠")]),

S("fb-0092", False, "A Spanish exchange ends with 'ya hablamos' after everything was settled; a closing formula, not a request to talk.",
  "keyword_trap closed non_english lang_es",
  {"a": P("Mercedes Vidal")},
  [dm(F, "a", [
      ("a", "-4d 12:00", "Sam, ¿me pasas el contacto de la imprenta que usaste para tus tarjetas?"),
      (ME, "+1h", "¡Claro! Gráficas Sol, te paso el teléfono: 912 000 000."),
      ("a", "+10m", "Perfecto, quedamos en eso. ¡Gracias y ya hablamos!"),
  ], focus=True)]),

S("fb-0093", False, "A French comment says Sam's cat wanted to join the Zoom meeting; 'chat' means cat here.",
  "keyword_trap small_talk non_english lang_fr",
  {"a": P("Nathalie Rey")},
  [th(F, [
      (ME, "-1d 18:30", "Webinar d'hier : 140 participants, un seul incident technique, poilu."),
      ("a", "+20m", "J'ai vu ta réunion Zoom hier, on dirait que ton chat voulait participer 😹"),
  ], focus=True)]),

S("fb-0094", False, "A German friend thanks Sam for yesterday's get-together; Treffen means meeting but it is over.",
  "keyword_trap thanks_only closed non_english lang_de",
  {"a": P("Katharina Roth")},
  [dm(F, "a", [
      ("a", "-1d 10:00", "Das Treffen gestern war so schön, danke nochmal fürs Kochen! 🍝"),
  ], focus=True)]),

# ----------------------------------------------------------------- closed
S("fb-0095", False, "A friend thanks Sam for the call that already happened and reports the quote was accepted.",
  "closed thanks_only",
  {"a": P("Laoise Byrne")},
  [dm(F, "a", [
      ("a", "-5d 19:00", "Can I call you tomorrow about a quote? 10 minutes!"),
      (ME, "+30m", "Sure, after lunch."),
      ("a", "-1d 17:00", "Thanks so much for the call! I sent the quote and they accepted 🎉"),
      (ME, "+1h", "Amazing!! Well done 👏"),
  ], focus=True)]),

S("fb-0096", False, "Sam answered a question in writing and the person says it was all they needed.",
  "closed",
  {"a": P("Heather Lindsay")},
  [dm(F, "a", [
      ("a", "-2d 11:00", "Hi Sam, quick one: should I show prices on my website or ask people to enquire?"),
      (ME, "+1h", "Show a 'from' price. It filters out people who'd never afford you and reassures the ones who can."),
      ("a", "+10m", "Perfect, that's all I needed. Thank you!"),
  ], focus=True)]),

S("fb-0097", False, "Sam declined a request for lack of time and the person replied 'totally understand'.",
  "closed declined",
  {"a": P("Magnus Berg")},
  [dm(F, "a", [
      ("a", "-4d 09:00", "Hi Sam, would you be able to help with pricing for our surf school this month?"),
      (ME, "+5h", "Hi Magnus, thanks for thinking of me. I'm fully booked until the autumn, sorry. Try Beatriz Paiva, she's excellent."),
      ("a", "+20m", "Totally understand, thanks for the tip. Good luck!"),
  ], focus=True)],
  as_of="2025-04-29 08:00"),

S("fb-0098", False, "A prospect writes that they decided to handle pricing themselves for now.",
  "closed declined",
  {"a": P("Sandra Kowalski")},
  [dm(F, "a", [
      ("a", "-25d 10:00", "Hi Sam, could you send me your rates for a pricing review?"),
      (ME, "+2h", "Of course, here they are. Happy to talk whenever suits."),
      ("a", "-3d 16:00", "Thanks Sam, we decided to do it ourselves for now. Maybe next year!"),
  ], focus=True)]),

S("fb-0099", False, "A French contact thanks Sam for yesterday's help and says it's sorted.",
  "closed thanks_only non_english lang_fr",
  {"a": P("Élodie Vasseur")},
  [dm(F, "a", [
      ("a", "-3d 11:00", "Sam, tu aurais 10 min pour m'aider avec un devis ?"),
      (ME, "+1h", "Oui, appelle-moi cet après-midi."),
      ("a", "-1d 09:30", "Merci pour ton aide hier, c'est réglé ! Le client a signé."),
  ], focus=True)]),

S("fb-0100", False, "A German contact thanks Sam for the phone call and says they now have everything they need.",
  "closed thanks_only keyword_trap non_english lang_de",
  {"a": P("Bernd Vogt")},
  [dm(F, "a", [
      ("a", "-6d 10:00", "Hallo Sam, hättest du Zeit für ein kurzes Telefonat zu unseren Preisen?"),
      (ME, "+2h", "Gern, morgen um 11?"),
      ("a", "+15m", "Passt!"),
      ("a", "-2d 14:00", "Vielen Dank für das Telefonat! Wir haben jetzt alles, was wir brauchen."),
  ], focus=True)]),

# ----------------------------------------------------------------- stale
S("fb-0101", False, "Nine months ago someone suggested coffee to talk about their shop; nothing since.",
  "stale ask_meeting",
  {"a": P("Imelda Castro")},
  [dm(F, "a", [
      ("a", "-275d 19:00", "Would love to get coffee sometime and talk about my shop! Let me know when you're free."),
  ], focus=True)]),

S("fb-0102", False, "A message request from six weeks ago asking to call about next season, never answered or repeated; no longer new.",
  "stale ask_call first_contact",
  {"a": P("Oskar Nilsson")},
  [dm(F, "a", [
      ("a", "-41d 10:00", "Hi Sam, could I call you about a pricing project for our ski school? We're planning next season."),
  ], focus=True)]),

S("fb-0103", False, "A Spanish request for a call seven months ago; Sam replied, then silence.",
  "stale ask_call non_english lang_es",
  {"a": P("Sergio Bermúdez")},
  [dm(F, "a", [
      ("a", "-215d 18:00", "Hola Sam, ¿podríamos hablar por teléfono sobre los precios de mi taller de bicis?"),
      (ME, "+1d 09:00", "¡Claro Sergio! Dime qué día te va bien."),
  ], focus=True)]),

S("fb-0104", False, "Ten months ago a German contact said they'd get in touch about a call and Sam said sure; nothing since.",
  "stale ask_call indirect_ask non_english lang_de",
  {"a": P("Heike Zimmermann")},
  [dm(F, "a", [
      ("a", "-300d 12:00", "Hallo Sam, wir sollten mal telefonieren wegen der Preise für meine Yogakurse. Ich melde mich!"),
      (ME, "+3h", "Klar, melde dich einfach!"),
  ], focus=True)]),

S("fb-0105", False, "A French question about rates eight months ago that Sam answered; no reply since.",
  "stale ask_rates non_english lang_fr",
  {"a": P("Baptiste Chevalier")},
  [dm(F, "a", [
      ("a", "-245d 09:00", "Bonjour Sam, quels sont tes tarifs pour un accompagnement de trois mois ?"),
      (ME, "+4h", "Bonjour Baptiste, c'est 3 600 € pour trois mois, deux séances par mois. On en parle quand tu veux."),
  ], focus=True)]),

# ----------------------------------------------------------------- owner only
S("fb-0106", False, "Sam published a post and nobody commented.",
  "owner_only",
  {},
  [th(F, [
      (ME, "-1d 09:00", "New article: why 'starting at' prices are your friend. Link in the comments."),
      (ME, "+1m", "samrivera.example/starting-at"),
  ], focus=True)]),

S("fb-0107", False, "Sam suggested a call to an old friend, who has not replied.",
  "owner_only keyword_trap",
  {"a": P("Eoin Maguire")},
  [dm(F, "a", [
      ("a", "-900d 20:00", "Haha yes, those were the days!"),
      (ME, "-2d 18:00", "Hey Eoin, long time! Would love to catch up, free for a call some evening?"),
  ], focus=True)]),

S("fb-0108", False, "Sam commented on a friend's post and got no reply.",
  "owner_only",
  {"a": P("Lúcia Brandão")},
  [th(F, [
      (ME, "-1d 13:00", "Congratulations on the new studio, it looks beautiful!"),
  ], focus=True, root="a")]),

S("fb-0109", False, "Sam posted in Spanish; no comments.",
  "owner_only non_english lang_es",
  {},
  [th(F, [
      (ME, "-2d 10:00", "Este sábado doy un taller gratuito en Valencia sobre precios para pequeños comercios. ¡Os espero!"),
  ], focus=True)]),

# ----------------------------------------------------------------- trivial questions
S("fb-0110", False, "Someone asks what time Sam's talk starts, gets the answer and replies with a thumbs-up.",
  "trivial_question emoji_only",
  {"a": P("Ciara Duffy")},
  [dm(F, "a", [
      ("a", "-1d 12:00", "What time does your talk start on Thursday?"),
      (ME, "+20m", "18:30 at the library!"),
      ("a", "+2m", "👍"),
  ], focus=True)]),

S("fb-0111", False, "Someone asks under Sam's post whether the library talk is free; answered.",
  "trivial_question thanks_only",
  {"a": P("Bruna Saldanha")},
  [th(F, [
      (ME, "-2d 10:00", "Thursday 18:30: a talk on pricing for small shops at the Alcântara library."),
      ("a", "+1h", "Is it free?"),
      (ME, "+15m", "Yes, free and no registration!"),
      ("a", "+5m", "great thanks"),
  ], focus=True)]),

S("fb-0112", False, "A friend asks which accountant Sam uses and thanks Sam for the name.",
  "trivial_question thanks_only",
  {"a": P("Cian O'Sullivan")},
  [dm(F, "a", [
      ("a", "-150d 20:00", "Great seeing you at Ana's!"),
      ("a", "-1d 10:00", "Which accountant do you use? Need one for my taxes this year"),
      (ME, "+30m", "Marta Cunha! Tell her I sent you."),
      ("a", "+2m", "thanks!"),
  ], focus=True)]),

# ----------------------------------------------------------------- recruiter
S("fb-0113", False, "A recruiter's template on Facebook about a pricing analyst role asks for a quick call.",
  "recruiter_template first_contact keyword_trap",
  {"a": P("Megan Holt")},
  [dm(F, "a", [
      ("a", "-2d 09:00", "Hi Sam, I'm recruiting for a Pricing Analyst role (remote, EMEA). Your profile came up in my search and I think you'd be a great fit! Are you open to a quick call to discuss?"),
  ], focus=True)]),

# ----------------------------------------------------------------- cross-platform negatives
S("fb-0114", False, "An MLM seller pitches Sam on Facebook and then on LinkedIn with the same 'quick call' offer.",
  "promotional cross_platform first_contact keyword_trap",
  {"a": P("Brittany Lowe", li=True)},
  [dm(F, "a", [
      ("a", "-4d 21:00", "Hiii Sam! 💖 I love your energy! I'm building a team of ambitious women and men who want financial freedom. Open to a quick call? ✨"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:00", "Hi Sam! Following up from Facebook 😊 I'm expanding my team in Portugal. Open to a quick call to hear about a flexible income opportunity?"),
  ], focus=True)]),

S("fb-0115", False, "An old colleague wishes Sam happy birthday on Facebook and on LinkedIn; friendly, but no conversation.",
  "small_talk cross_platform",
  {"a": P("Yvonne Achebe", li=True)},
  [dm(L, "a", [
      ("a", "-500d 10:00", "Congrats on the new role, Sam!"),
  ]),
   th(F, [
      ("a", "-1d 07:00", "Happy birthday Sam!! 🎉"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 07:05", "Happy birthday, Sam! Hope you have a great day."),
  ], focus=True)],
  as_of="2025-03-15 07:00"),

S("fb-0116", False, "Someone wrote on Facebook and Twitter ten months ago about a possible project; nothing since.",
  "stale cross_platform ask_chat",
  {"a": P("Lorcan Fitzpatrick", tw="lorcanfitz")},
  [dm(F, "a", [
      ("a", "-310d 10:00", "Hi Sam, we might need help with pricing our new courses later this year. Could we chat at some point?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-308d 09:00", "Hi Sam, also sent you a Facebook message about our courses. No rush!"),
  ], focus=True)]),

S("fb-0117", False, "After a completed call, the person thanks Sam on both Facebook and LinkedIn; the conversation is closed.",
  "closed thanks_only cross_platform",
  {"a": P("Dagny Solheim", li=True)},
  [dm(F, "a", [
      ("a", "-8d 10:00", "Hi Sam, could we talk on Thursday about our gallery's prices?"),
      (ME, "+1h", "Yes, 11am works."),
      ("a", "-2d 16:00", "Thank you for Thursday, it was really helpful!"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 16:10", "Connected here too, thanks again for the call, Sam!"),
  ], focus=True)]),

S("fb-0118", False, "A French contact asked for a call eleven months ago; stale.",
  "stale ask_call non_english lang_fr",
  {"a": P("Fabienne Morel")},
  [dm(F, "a", [
      ("a", "-335d 15:00", "Bonjour Sam, on pourrait s'appeler pour parler des tarifs de mon gîte ? Je suis dispo le soir."),
  ], focus=True)]),

S("fb-0119", False, "A Facebook page for a webinar series sends Sam repeated automated promo messages.",
  "automated promotional keyword_trap",
  {"a": P("Grow Your Biz Webinars")},
  [dm(F, "a", [
      ("a", "-9d 10:00", "🎥 Free live call this Thursday: '7 pricing secrets the pros won't tell you'. Save your seat: growbiz.example/live"),
      ("a", "-2d 10:00", "⏰ Last chance! Our free live call starts in 2 days. Save your seat: growbiz.example/live"),
  ], focus=True)]),

S("fb-0120", False, "A one-line 'Merci !' in French after Sam shared a link to a template.",
  "thanks_only non_english lang_fr",
  {"a": P("Arnaud Lacroix")},
  [th(F, [
      (ME, "-2d 09:30", "Mon modèle de devis pour les artisans, en français, gratuit : samrivera.example/devis"),
      ("a", "+3h", "Merci !"),
  ], focus=True)]),

# ----------------------------------------------------------------- added: hard negatives on positive-looking signals
S("fb-0121", False, "Sam's cousin introduces her husband's pension business and he offers a 'free review call'; a sales pitch arriving through a family introduction.",
  "introduction promotional keyword_trap",
  {"k": P("Inês Rivera"), "n": P("Rick Holloway")},
  [dm(F, "k", [
      ("k", "-20d 18:00", "Lunch at Mum's on Sunday?"),
      (ME, "+1h", "Yes!"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 19:00", "Sam, meet Rick! He does pensions and insurance for freelancers now, you should have a chat, you never sorted your pension 😜"),
      ("n", "+15m", "Hi Sam! Happy to do a free 30-minute review call, no obligation. I've helped lots of self-employed people save on tax. When suits?"),
  ], focus=True, title="Rick, Inês and Sam")]),

S("fb-0122", False, "An old friend reappears after two years to say she saw Sam on TV; friendly catch-up with no ask, answered.",
  "reengagement small_talk reciprocity",
  {"a": P("Yasmin Carvalho")},
  [dm(F, "a", [
      ("a", "-800d 21:00", "Great seeing you at the festival!"),
      ("a", "-2d 21:30", "Sam!! Just saw you on the morning show talking about prices, so proud of you 😍 Hope you're well!"),
      (ME, "+1h", "Yasmin! Thank you, I was so nervous 😅 All good here, hope you are too!"),
      ("a", "+5m", "You were great! Big hugs x"),
  ], focus=True)]),

S("fb-0123", False, "A hostile message full of typos accusing Sam of ripping people off and telling Sam to 'call' their lawyer.",
  "hostile keyword_trap typo first_contact",
  {"a": P("Darren Pyke")},
  [dm(F, "a", [
      ("a", "-1d 23:40", "ur a fraud. chargin peple for advise u can get on google. go on, call my lawyer if u dont like it, i'll say it evrywhere"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 2: asks that look like pitches, pitches that look like asks
S("fb-0124", True, "The owner of a neighbourhood tasca asks what Sam would charge to look at her menu prices after food costs jumped.",
  "ask_rates first_contact",
  {"a": P("Graça Moutinho")},
  [dm(F, "a", [
      ("a", "-2d 22:05", "Boa noite Sam, sorry to write so late. I have the little tasca on Rua das Flores, you came once with your sister I think. Since January my fish costs are up 30% and I haven't touched the menu. How much would you charge to go through the menu prices with me? I can't pay a fortune but I want to do it properly."),
  ], focus=True)]),

S("fb-0125", True, "A former coworker silent for more than two years writes with a concrete proposal and asks Sam to lunch.",
  "reengagement ask_meeting",
  {"a": P("Nathaniel Boateng")},
  [dm(F, "a", [
      ("a", "-820d 18:00", "Good luck with the freelance life Sam, the office won't be the same!"),
      (ME, "+2h", "Thanks Nat, I'll miss the terrible coffee."),
      ("a", "-1d 12:40", "Sam! I know, it's been two years. I've left the bank and started a small fintech for market vendors and our fee structure is a mess. I'd love to hire you for a few weeks. Lunch next week, my treat? Any day but Monday."),
  ], focus=True)]),

S("fb-0126", True, "A friend of a friend describes a pricing decision for her surf school and asks whether Sam is around next week; an indirect ask to meet.",
  "ask_meeting indirect_ask first_contact",
  {"a": P("Leonor Bastos")},
  [dm(F, "a", [
      ("a", "-1d 19:20", "Hi Sam, Marta gave me your name. I run a surf school in Ericeira and we're deciding whether to sell season passes or keep 10-lesson packs. I don't really know how to think about it. Are you around next week by any chance? I'm in Lisbon Wednesday and Thursday."),
  ], focus=True)]),

S("fb-0127", True, "Under Sam's post about quoting, a wedding photographer asks if she can steal fifteen minutes this week.",
  "ask_call first_contact",
  {"a": P("Joanna Wierzbicka")},
  [th(F, [
      (ME, "-2d 09:30", "If three couples in a row say yes to your wedding quote without blinking, your quote is too low. Not a joke."),
      ("a", "+4h", "Ugh. Five in a row for me this spring. Sam, could I steal 15 minutes of your time this week? I have two quotes to send and I want to get them right."),
  ], focus=True)]),

S("fb-0128", True, "A guesthouse owner writes with many typos asking Sam to call her about setting summer room prices.",
  "ask_call first_contact typo",
  {"a": P("Brenda Kirwan")},
  [dm(F, "a", [
      ("a", "-1d 07:55", "hi sam my freind Aoife said you help small bussineses with prices. we have a 6 room guesthouse in Sligo and every summer i just guess the prices and i think we loose money in july. could u ring me sometime this week?? any time after 2 is good, thanks a milion"),
  ], focus=True)]),

S("fb-0129", True, "Sam's former flatmate opens a group chat to introduce her brother, who asks for help pricing his first catering contract.",
  "introduction first_contact ask_help",
  {"k": P("Sofia Laranjeira"), "n": P("Duarte Laranjeira")},
  [dm(F, "k", [
      ("k", "-200d 20:00", "Still have your blender btw 😅"),
      (ME, "+1h", "Keep it, it's yours now."),
  ]),
   dm(F, "k n", [
      ("k", "-2d 13:00", "Sam meet my little brother Duarte! He's just got his first corporate catering contract and has no idea what to charge. Duarte, Sam is the best, be nice."),
      ("n", "+30m", "Hi Sam, thanks Sofi. It's lunch for 60 people three days a week at a tech office, for a year. They asked for a price per head by Friday. Could you help me think it through? I'd be really grateful."),
  ], focus=True, title="Sofia, Duarte and Sam")]),

S("fb-0130", True, "A local radio journalist asks by Messenger if she can ring Sam for a short comment on rising café prices.",
  "ask_call first_contact",
  {"a": P("Catarina Esteves")},
  [dm(F, "a", [
      ("a", "-0d 07:30", "Good morning Sam, I'm a journalist at a Lisbon radio station preparing a piece on why a bica now costs 1,20€ in some places. Would you be available for a 5-minute phone comment today before 1pm? I'd record it over the phone."),
  ], focus=True)],
  as_of="2026-02-03 08:30"),

S("fb-0131", True, "A ceramicist shares a photo of her draft price list for a craft fair and asks Sam for feedback on it.",
  "ask_feedback first_contact reciprocity",
  {"a": P("Ottilie Brennan")},
  [dm(F, "a", [
      ("a", "-3d 18:10", "Hi Sam, I'm doing my first proper craft fair next month and I've made a price list (photo attached). Mugs 28, bowls 22-45, vases 60-140. Does this look sane to you? I'd really value your opinion, even a few lines."),
      (ME, "+1d 09:00", "Hi Ottilie! Happy to look. Quick question first: how many hours does a vase take you, roughly?"),
      ("a", "+40m", "About 3 hours including glazing, plus firing costs. Honestly I feel I should charge more but the other stalls are cheaper."),
  ], focus=True)]),

S("fb-0132", True, "The same person comments on Sam's Facebook post and replies to Sam on Twitter days later asking for a chat about the same festival pricing.",
  "cross_platform first_contact ask_chat",
  {"a": P("Lachlan Moray", tw="lachlanmoray")},
  [th(F, [
      (ME, "-6d 10:00", "Festival organisers: your early-bird price is a message about how confident you are in the lineup."),
      ("a", "+3h", "We're running a small folk festival for the second time and early birds sold out in 2 hours last year. Clearly too cheap."),
  ], focus=True),
   th(T, [
      (ME, "-3d 09:00", "Pricing tickets is mostly about deciding who you want in the room."),
      ("a", "+1h", "commented on your FB post too, folk festival guy 👋 would you be up for a chat about our tiers before we announce on the 1st?"),
  ], focus=True)]),

S("fb-0133", True, "A stranger who runs a cleaning company asks a string of substantive questions while Sam answers within minutes each time.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Marisol Quaresma")},
  [dm(F, "a", [
      ("a", "-2d 20:00", "Hi Sam, I run a small cleaning company (9 people, offices). Clients keep asking for hourly rates but I want to quote per office. Is that crazy?"),
      (ME, "+6m", "Not crazy at all, it's the better model. Do you know your average hours per square metre?"),
      ("a", "+4m", "Roughly, yes, we've tracked it for a year. What about clients who want us to come more or less often?"),
      (ME, "+8m", "Price per visit frequency, with a floor. Less often should cost more per visit, not the same."),
      ("a", "+3m", "Oh. That changes two of my contracts completely. How would you handle the ones that renew next month?"),
      (ME, "+10m", "Tell them now, with the new structure and the reason. Don't surprise them at renewal."),
      ("a", "+5m", "This is gold, thank you. I have so many more questions honestly."),
  ], focus=True)]),

S("fb-0134", True, "In Spanish, a bakery owner from Badajoz asks if Sam could call her to talk about wholesale prices.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Encarnación Villalba")},
  [dm(F, "a", [
      ("a", "-1d 16:45", "Hola Sam, me ha pasado tu contacto mi prima Lourdes. Tengo un obrador en Badajoz y vendo a seis bares, pero con lo que ha subido la harina ya no gano nada. ¿Me podrías llamar un día de estos para comentarlo? Te dejo mi número por aquí si quieres."),
  ], focus=True)]),

S("fb-0135", True, "In Spanish, a former client silent for over a year asks for a quote for a second project.",
  "reengagement ask_rates non_english lang_es",
  {"a": P("Tomás Echeverría")},
  [dm(F, "a", [
      ("a", "-480d 11:00", "Sam, muchas gracias por todo, el taller fue un éxito. ¡Hasta la próxima!"),
      (ME, "+3h", "¡Gracias a vosotros, Tomás!"),
      ("a", "-2d 10:15", "¡Hola Sam! Cuánto tiempo. Vamos a abrir una segunda tienda en Zaragoza y queremos revisar precios y márgenes antes de la apertura. ¿Me puedes pasar un presupuesto para algo parecido a lo del año pasado?"),
  ], focus=True)]),

S("fb-0136", True, "In French, a translator asks Sam for feedback on the new rate card she is about to send to agencies.",
  "ask_feedback first_contact non_english lang_fr",
  {"a": P("Héloïse Vautrin")},
  [dm(F, "a", [
      ("a", "-2d 14:30", "Bonjour Sam, je suis traductrice indépendante (anglais-français, juridique). J'ai refait ma grille tarifaire avant de l'envoyer aux agences et je doute de tout. Accepteriez-vous d'y jeter un œil et de me dire ce qui cloche ? Je peux vous l'envoyer en PDF."),
  ], focus=True)]),

S("fb-0137", True, "In French, a restaurant owner suggests they could meet while he is in Lisbon to talk about his menu, an indirect request to meet.",
  "ask_meeting indirect_ask first_contact non_english lang_fr",
  {"a": P("Thibault Larcher")},
  [dm(F, "a", [
      ("a", "-3d 09:05", "Salut Sam, je suis le patron d'un petit bistrot à Nantes, un ami m'a parlé de toi. Je passe à Lisbonne la semaine prochaine et je me disais qu'on pourrait peut-être se voir pour parler de ma carte ? Mes prix n'ont pas bougé depuis 2021 et je perds de l'argent sur les plats du jour."),
  ], focus=True)]),

S("fb-0138", True, "In German, a physiotherapist asks whether they can talk on the phone about package prices for her practice.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Annegret Köhler")},
  [dm(F, "a", [
      ("a", "-2d 08:40", "Hallo Sam, eine Bekannte hat mir deinen Beitrag über Paketpreise weitergeleitet. Ich habe eine Physiotherapie-Praxis in Kassel und möchte für Selbstzahler Pakete anbieten. Können wir nächste Woche mal telefonieren? Gern auch gegen Honorar."),
  ], focus=True)]),

S("fb-0139", True, "A client from a past project returns after eight months and, without naming a call, would love to pick Sam's brain on franchising the business.",
  "reengagement ask_chat indirect_ask",
  {"a": P("Wendell Ampofo")},
  [dm(F, "a", [
      ("a", "-250d 15:00", "Invoice paid, thanks again Sam, the new prices are working."),
      (ME, "+1h", "Great to hear, Wendell!"),
      ("a", "-1d 18:20", "Hey Sam, hope all's good. We've had three people ask to franchise the barbershop and I have no idea what a franchise fee should look like. Would love to pick your brain on it whenever suits you."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 2 negatives
S("fb-0140", False, "A near-stranger opens with 'hey lovely' and steers to a wellness business opportunity and a quick call.",
  "promotional first_contact keyword_trap",
  {"a": P("Chelsea Marwick")},
  [dm(F, "a", [
      ("a", "-1d 20:45", "Hey lovely! 🌸 I know this is random but I saw you're self employed and I think you'd be amazing at what I do. Would you be open to a quick call so I can share how I built a second income with our wellness products? No pressure x"),
  ], focus=True)]),

S("fb-0141", False, "A Marketplace buyer sends the pre-filled 'Is this still available?' about a desk Sam is selling.",
  "automated first_contact",
  {"a": P("Rúben Pacheco")},
  [dm(F, "a", [
      ("a", "-0d 05:10", "Is this still available?"),
  ], focus=True)]),

S("fb-0142", False, "Sam asked a bike shop's Page a question and got its instant auto-reply.",
  "automated",
  {"a": P("Bicicletas do Largo")},
  [dm(F, "a", [
      (ME, "-1d 17:00", "Hi, do you service e-bikes?"),
      ("a", "+1m", "Hi! Thanks for your message 🚲 We usually reply within a day. Opening hours: Tue-Sat 10:00-19:00."),
  ], focus=True)]),

S("fb-0143", False, "An event organiser adds Sam to a group chat of a dozen people to push tickets for a networking mixer.",
  "mass_mention promotional",
  dict(crowd(12, 33), a=P("Ricardo Almada")),
  [dm(F, "a " + ats(12), [
      ("a", "-2d 11:00", "Hi all! 🥂 Freelancers Mixer Lisbon is back on the 20th. Early-bird tickets 15€ until Friday, link in the group description. Bring business cards!"),
  ], focus=True, title="Freelancers Mixer Lisbon")]),

S("fb-0144", False, "A digital agency offers Sam a free ads audit and a strategy call in a cold Messenger message.",
  "promotional first_contact keyword_trap",
  {"a": P("Ignite Social Co")},
  [dm(F, "a", [
      ("a", "-3d 10:00", "Hey Sam! 👋 We took a quick look at your page and think you're leaving money on the table with your ads. We're offering 5 free ads audits this month, plus a 30-min strategy call. Want one of the spots?"),
  ], focus=True)]),

S("fb-0145", False, "A social media freelancer bumps her unanswered pitch twice.",
  "promotional first_contact",
  {"a": P("Kirsty Dunleavy")},
  [dm(F, "a", [
      ("a", "-12d 09:30", "Hi Sam, I manage socials for consultants and coaches. I could take your page from posting once a month to 4x a week for €350/month. Interested?"),
      ("a", "-6d 09:31", "Bumping this in case it got buried 😊"),
      ("a", "-1d 09:30", "Hi again! Just floating this back up. I have one slot left for next month."),
  ], focus=True)]),

S("fb-0146", False, "A stranger claiming to be a crypto trading mentor offers to grow Sam's money; an obvious scam.",
  "spam first_contact",
  {"a": P("Anthony Whitmore FX")},
  [dm(F, "a", [
      ("a", "-2d 03:20", "Good day Sam, I'm a certified crypto trading mentor. My students earn 3-5k weekly with my signals. Invest as low as $300 and watch it grow. Message me on WhatsApp for details."),
  ], focus=True)]),

S("fb-0147", False, "An old schoolmate reappears after four years to sell life insurance and asks for a quick call.",
  "reengagement promotional keyword_trap",
  {"a": P("Gareth Lowry")},
  [dm(F, "a", [
      ("a", "-1500d 21:00", "Great night at the reunion, Sam!"),
      ("a", "-2d 19:30", "Sam! How are you mate, been way too long. Quick one, I'm with a financial advisory firm now and we're helping self-employed people protect their income. Could we jump on a quick call this week? Takes 20 mins and could save you thousands."),
  ], focus=True)]),

S("fb-0148", False, "A friend wishes Sam a happy birthday on Messenger and Sam thanks her.",
  "small_talk",
  {"a": P("Henrietta Lamb")},
  [dm(F, "a", [
      ("a", "-200d 10:00", "Loved the book launch, so proud of you!"),
      ("a", "-1d 08:10", "Happy birthday Sam!!! 🎂🎉 Have the best day"),
      (ME, "+3h", "Thank you Hen! ❤️"),
  ], focus=True)]),

S("fb-0149", False, "Friends congratulate Sam under a post about moving into a new flat; congratulations only.",
  "small_talk",
  {"a": P("Mafalda Pinheiro"), "b": P("Jorge Reis"), "c": P("Ellen Brody")},
  [th(F, [
      (ME, "-2d 18:00", "Keys collected. Four flights of stairs and no lift, but the light is worth it."),
      ("a", "+15m", "Parabéns!! 🏡"),
      ("b", "+1h", "Congrats! Housewarming when?", {"re": 0}),
      ("c", "+2h", "So happy for you Sam ❤️", {"re": 0}),
  ], focus=True)]),

S("fb-0150", False, "A friend answers Sam's holiday photo message with emojis only.",
  "emoji_only",
  {"a": P("Dinis Serrano")},
  [dm(F, "a", [
      ("a", "-90d 20:00", "Dinner Friday?"),
      (ME, "-2d 18:30", "Look where I am!"),
      ("a", "+20m", "😍😍🌊"),
  ], focus=True)]),

S("fb-0151", False, "Someone comments 'Thanks!' under Sam's post sharing a free template.",
  "thanks_only first_contact",
  {"a": P("Rhiannon Pugh")},
  [th(F, [
      (ME, "-3d 12:00", "Free quote template for small shops, no email required: samrivera.example/quote"),
      ("a", "+2h", "Thanks!"),
  ], focus=True)]),

S("fb-0152", False, "A commenter calls Sam's advice greedy and tells Sam to get a real job; hostile.",
  "hostile first_contact",
  {"a": P("Darren Pike")},
  [th(F, [
      (ME, "-1d 10:00", "Small businesses: it's OK to charge more than the chain down the road. You're not the chain."),
      ("a", "+50m", "This is why everything costs a fortune now. People like you telling shops to rip off their customers. Get a real job."),
  ], focus=True)]),

S("fb-0153", False, "A family group chat shares photos of the weekend and dinner plans; nobody asks Sam anything that needs a call.",
  "small_talk",
  {"a": P("Beatriz Rivera"), "b": P("Miguel Rivera")},
  [dm(F, "a b", [
      ("a", "-2d 19:00", "Photos from Sunday! 📸"),
      ("b", "+10m", "Mum's face in the third one 😂"),
      (ME, "+30m", "Framing that one."),
      ("a", "+5m", "Same time next Sunday? I'll do the bacalhau"),
  ], focus=True, title="Rivera family")]),

S("fb-0154", False, "The call happened yesterday and the person thanks Sam and says she'll put the new prices up next week.",
  "closed thanks_only reciprocity",
  {"a": P("Gwen Ashdown")},
  [dm(F, "a", [
      ("a", "-8d 20:00", "Hi Sam, could we talk about my pottery class prices?"),
      (ME, "+1d 09:00", "Of course, Tuesday 6pm?"),
      ("a", "+1h", "Perfect x"),
      ("a", "-1d 21:00", "Thank you so much for yesterday, it really helped. New prices go up next week! 🙏"),
  ], focus=True)]),

S("fb-0155", False, "A prospect writes that they went with someone local and thank Sam for the time; closed.",
  "closed declined reciprocity",
  {"a": P("Conor Whelan")},
  [dm(F, "a", [
      ("a", "-10d 11:00", "Hi Sam, would you be able to help us with pricing for the brewery taproom?"),
      (ME, "+3h", "Hi Conor, yes, happy to. Here's how I'd approach it and what it would cost."),
      ("a", "-2d 16:00", "Thanks Sam, really appreciate the proposal. In the end we've gone with someone based here in Cork. Best of luck!"),
  ], focus=True)]),

S("fb-0156", False, "In German, an acquaintance asks which invoicing tool Sam uses, Sam names it and she says thanks.",
  "trivial_question thanks_only non_english lang_de",
  {"a": P("Friederike Lanz")},
  [dm(F, "a", [
      ("a", "-3d 13:00", "Hi Sam, kurze Frage: welches Rechnungsprogramm benutzt du eigentlich?"),
      (ME, "+1h", "Ich nutze Invoicely, reicht völlig für mich."),
      ("a", "+5m", "Super, danke dir!"),
  ], focus=True)]),

S("fb-0157", False, "A friend's video call with Sam ended and they sign off about the pub quiz; the call keyword is system prose and banter.",
  "small_talk keyword_trap",
  {"a": P("Toby Marchant")},
  [dm(F, "a", [
      ("a", "-150d 21:00", "Quiz team name idea: The Price Is Wrong"),
      ("a", "-1d 20:40", "The video call ended."),
      ("a", "+2m", "Good catching up! Same quiz team Thursday, don't be late this time"),
  ], focus=True)]),

S("fb-0158", False, "In Spanish, an acquaintance pitches a cosmetics network-marketing 'opportunity' and asks for a video call.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Yolanda Pizarro")},
  [dm(F, "a", [
      ("a", "-2d 22:00", "Holaaa Sam 😘 ¿Cómo estás? Oye, estoy buscando personas emprendedoras como tú para mi equipo, ganamos desde casa con cosmética natural. ¿Te apetece una videollamada cortita y te cuento? 💫"),
  ], focus=True)]),

S("fb-0159", False, "In Spanish, a request for a call about a shop's prices that has sat unanswered for five months.",
  "ask_call stale first_contact non_english lang_es",
  {"a": P("Rigoberto Salas")},
  [dm(F, "a", [
      ("a", "-150d 17:00", "Buenas tardes Sam, tengo una ferretería en Cáceres y me gustaría hablar contigo por teléfono sobre cómo fijar precios. ¿Cuándo te vendría bien?"),
  ], focus=True)]),

S("fb-0160", False, "A French giveaway post tags a dozen friends, Sam among them.",
  "mass_mention spam non_english lang_fr",
  dict(crowd(12, 34), a=P("Concours Beauté Paris")),
  [th(F, [
      ("a", "-1d 18:00", "🎁 CONCOURS 🎁 Gagnez un coffret de 300 € ! Pour participer : likez, partagez et identifiez 3 amis. Tirage au sort dimanche ! Bonne chance à vous 👇", {"at": ats(12)}),
  ], focus=True)]),

S("fb-0161", False, "In French, a friend sends photos of her cat ('mon chat') and they joke; the word chat means cat.",
  "small_talk keyword_trap non_english lang_fr",
  {"a": P("Margaux Tissier")},
  [dm(F, "a", [
      ("a", "-60d 19:00", "Bon anniversaire Sam !"),
      ("a", "-1d 19:30", "Regarde mon chat qui dort dans la boîte à chaussures 😂 il a décidé que c'est son nouveau bureau."),
      (ME, "+20m", "Trop beau ! Il facture combien de l'heure ?"),
      ("a", "+5m", "Trois croquettes, non négociable 😹"),
  ], focus=True)]),

S("fb-0162", False, "In German, a friend talks about last night's 'Treffen' and how nice the dinner was; nothing to call about.",
  "small_talk keyword_trap non_english lang_de",
  {"a": P("Volker Brandstätter")},
  [dm(F, "a", [
      ("a", "-300d 12:00", "Frohes neues Jahr, Sam!"),
      ("a", "-1d 09:10", "Das Treffen gestern war echt schön, danke fürs Kochen! Das Risotto war der Hammer. Beim nächsten Mal bin ich dran."),
      (ME, "+1h", "Gern geschehen! Ich komme auf das Angebot zurück 😄"),
  ], focus=True)]),

S("fb-0163", False, "In German, a web agency writes cold that Sam's website is outdated and offers a free initial consultation.",
  "promotional first_contact keyword_trap non_english lang_de",
  {"a": P("WebWerk Studio")},
  [dm(F, "a", [
      ("a", "-2d 10:30", "Hallo Sam, wir haben uns deine Website angesehen: sie lädt langsam und ist auf dem Handy kaum lesbar. Wir bieten dir ein kostenloses Erstgespräch (30 Min.) an, um das zu ändern. Wann passt es dir?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 3 positives: commercial words, indirect, other languages
S("fb-0164", True, "In Portuguese, a Lisbon bakery owner asks Sam to ring her tomorrow because she wants to raise prices and fears losing customers.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Fernanda Quintela")},
  [dm(F, "a", [
      ("a", "-1d 20:30", "Boa noite Sam, desculpe a hora. Tenho uma padaria em Campo de Ourique há 12 anos e a farinha e a luz subiram tanto que já não consigo. Quero subir os preços mas tenho medo de perder os clientes do bairro. Pode ligar-me amanhã? Estou na loja das 7h às 14h. Pago a consulta, claro."),
  ], focus=True)]),

S("fb-0165", True, "In Portuguese, a newspaper journalist asks if she can call Sam today for a short quote on restaurant price rises.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Marta Sequeira")},
  [dm(F, "a", [
      ("a", "-0d 05:50", "Bom dia Sam! Sou jornalista de economia e estou a fechar uma peça sobre a subida dos preços nos restaurantes de Lisboa. Li o seu artigo sobre o 'prato do dia'. Posso ligar-lhe hoje para uma citação de 5 minutos? Fecho às 16h."),
  ], focus=True)],
  as_of="2026-03-17 08:00"),

S("fb-0166", True, "In Portuguese, Sam's neighbour introduces her cousin in a group chat and the cousin, who runs a Sintra guesthouse, asks Sam for a coffee to talk prices.",
  "introduction first_contact ask_meeting non_english lang_pt",
  {"k": P("Helena Sobral"), "n": P("Joana Sobral Reis")},
  [dm(F, "k", [
      ("k", "-180d 18:00", "Sam, deixei-te as chaves na portaria 🙂"),
      (ME, "+1h", "Obrigado Helena!"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 12:10", "Sam, esta é a minha prima Joana, que tem o alojamento local em Sintra de que te falei. Joana, o Sam é o tal dos preços!"),
      ("n", "+1h", "Olá Sam, obrigada Helena! Temos 8 quartos e no verão estamos sempre cheios mas o ano fecha mal. Acho que estamos a cobrar mal na época alta. Aceitavas um café esta semana para conversarmos? Eu vou a Lisboa na quinta."),
  ], focus=True, title="Helena, Joana e Sam")]),

S("fb-0167", True, "A university friend silent for five years comes back proposing to co-run a paid workshop series at her coworking and asks to talk about it.",
  "reengagement ask_chat",
  {"a": P("Rosie Fairbanks")},
  [dm(F, "a", [
      ("a", "-1900d 23:00", "Happy birthday you!! Miss our study sessions x"),
      (ME, "+10h", "Thanks Rosie! Miss them too."),
      ("a", "-2d 10:45", "Sam!!! I know, five years, terrible of me. I own a coworking in Bristol now (!!) and our members keep asking for money stuff. Would you want to co-run a paid 4-part pricing workshop series with me this autumn? Split 50/50. Could we talk about it properly sometime this week?"),
  ], focus=True)]),

S("fb-0168", True, "An acquaintance who runs a yoga studio sends a short casual 'free thurs?' asking to pick Sam's brain about class pack prices.",
  "ask_chat typo",
  {"a": P("Kiki Andersen")},
  [dm(F, "a", [
      ("a", "-45d 21:00", "that dinner was so fun, we need to do it again!"),
      (ME, "+1h", "Absolutely!"),
      ("a", "-1d 22:10", "heyy free thurs? would luv to pick ur brain re pricing my new class packs, i think 10-class for 95 is way too cheap but idk 🙈 coffee on me"),
  ], focus=True)]),

S("fb-0169", True, "Under Sam's post, a café owner asks what Sam would charge to do the same menu review for his place.",
  "ask_rates first_contact",
  {"a": P("Ahmed Benali")},
  [th(F, [
      (ME, "-2d 11:00", "Just finished a menu review for a café in Graça. Three prices went up, two went down, margin up 9%. The two that went down are the interesting part."),
      ("a", "+2h", "Ok now I need to know the two 😅 Seriously, I have a café in Arroios with the same problem. What would you charge to do this for us?"),
  ], focus=True)]),

S("fb-0170", True, "In a freelancers' group, a stranger asks several substantive questions about pricing illustration licences and Sam answers each within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Lotte Vermeulen"), "g": P("Ines Carvalhal")},
  [th(F, [
      ("a", "-1d 14:00", "Illustrators: when a client wants to use your work on packaging, do you charge a licence fee or a buyout? Asking about a biscuit brand, 3 illustrations."),
      (ME, "+7m", "Licence by territory and time, with a buyout price quoted next to it. Clients usually pick the licence once they see the buyout."),
      ("a", "+5m", "Oh that's clever. How much higher is the buyout, roughly?"),
      (ME, "+6m", "3-5x the 2-year licence, depending on how central the art is to the brand."),
      ("a", "+4m", "For this one the art basically IS the brand. And they want it for 'all products forever'. How do I even answer that?"),
      (ME, "+8m", "Forever is a buyout. Name the number calmly and offer the licence as the alternative."),
  ], focus=True, root="g")]),

S("fb-0171", True, "A business association offers Sam a paid talk slot at its annual dinner and asks for a phone call about the format.",
  "ask_call first_contact",
  {"a": P("Gerard Fitzsimons")},
  [dm(F, "a", [
      ("a", "-2d 16:30", "Hello Sam, I chair the Irish-Portuguese business association here in Lisbon. Our annual dinner is on 20 June (about 120 members, mostly small business owners) and we'd like you to give the after-dinner talk on pricing. There is a fee of €600. Could we have a quick phone call about the format? My number is 912 000 000."),
  ], focus=True)]),

S("fb-0172", True, "A woman taking over her father's fish shop asks, without any call word, whether Sam would ever sit down with someone like her.",
  "ask_meeting indirect_ask first_contact",
  {"a": P("Carla Mendonça")},
  [dm(F, "a", [
      ("a", "-3d 21:20", "Hi Sam. I'm taking over my dad's fish shop in Setúbal next month. He's priced everything by feel for 35 years and I don't even know what I'm asking really, just whether you'd ever sit down with someone like me for an hour. I'd pay of course, I just don't know where to start."),
  ], focus=True)]),

S("fb-0173", True, "The same translation agency owner messages on Facebook and sends a LinkedIn invitation note in the same week about renegotiating a big contract.",
  "cross_platform first_contact ask_help",
  {"a": P("Dagny Holmberg", li=True)},
  [dm(F, "a", [
      ("a", "-4d 19:00", "Hi Sam, I own a translation agency (15 linguists). Our biggest client wants to renegotiate our per-word rate down 20% or move to a 'machine translation + edit' rate. I could really use help preparing for that meeting."),
  ], focus=True),
   net("a", [
      ("a", "-2d 09:00", "Hi Sam, I also wrote on Facebook, sorry for the double message. The renegotiation meeting is on the 28th. Would you be able to help before then?"),
  ], focus=True)]),

S("fb-0174", True, "In Spanish, a winery owner asks whether Sam has a slot for a video call about pricing their new reserve wine.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Pilar Arrizabalaga")},
  [dm(F, "a", [
      ("a", "-2d 17:50", "Hola Sam! Te escribo desde una bodega familiar en la Rioja Alavesa. Vamos a sacar nuestro primer reserva y no sabemos si ponerlo a 18 o a 28 euros, el distribuidor dice una cosa y mi padre otra 😅 ¿Tendrías un hueco para una videollamada la semana que viene?"),
  ], focus=True)]),

S("fb-0175", True, "In Spanish, a former colleague silent for three years, now in Mexico, asks for a quote and a call to run a workshop for her team.",
  "reengagement ask_rates ask_call non_english lang_es",
  {"a": P("Ximena Robles")},
  [dm(F, "a", [
      ("a", "-1100d 13:00", "Sam, fue un gusto trabajar contigo, ¡mucha suerte en Lisboa!"),
      (ME, "+3h", "¡Igualmente Ximena! Un abrazo."),
      ("a", "-1d 17:05", "¡Sam! Cuánto tiempo. Ahora dirijo ventas en una empresa de software en CDMX y quiero que le des un taller de precios a mi equipo (10 personas, en remoto). ¿Me pasas presupuesto? Y si puedes, hacemos una llamada esta semana para ver fechas."),
  ], focus=True)]),

S("fb-0176", True, "In French, the sister of a friend who runs a bakery in Lyon asks whether they could call each other about her wholesale prices.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Élodie Marchal")},
  [dm(F, "a", [
      ("a", "-1d 12:35", "Bonjour Sam, je suis la sœur de Camille. J'ai une boulangerie à Lyon et je commence à livrer trois restaurants, mais je ne sais pas du tout quel prix leur faire. Camille m'a dit que tu étais la bonne personne. On pourrait s'appeler cette semaine ? Je te paie la séance bien sûr."),
  ], focus=True)]),

S("fb-0177", True, "In German, a brewery owner asks with typos whether Sam has time for a conversation about raising keg prices for bars.",
  "ask_chat first_contact typo non_english lang_de",
  {"a": P("Florian Eberhardt")},
  [dm(F, "a", [
      ("a", "-2d 22:40", "hallo sam, ich hab eine kleine brauerei in franken und beliefere 25 kneipen. die fasspreise sind seit 2019 gleich und jetzt wird alles teuerer. hast du mal zeit für ein gespräch? wuerde mich echt freuen, gerne auch bezahlt"),
  ], focus=True)]),

S("fb-0178", True, "A hiring manager Sam knows personally says she has budget for an outside pricing person for six weeks, would rather it were Sam, and asks to call Monday.",
  "ask_call",
  {"a": P("Naomi Castellanos")},
  [dm(F, "a", [
      ("a", "-95d 23:30", "Such a gorgeous wedding!! Great to finally meet you properly Sam"),
      (ME, "+9h", "Likewise Naomi, what a night."),
      ("a", "-2d 19:15", "Hi Sam, bit of a work message sorry! I'm hiring for our revenue team and we got budget approved for an outside pricing person for 6 weeks to fix our partner discounts. I'd honestly rather it was you than some agency. Can I call you Monday to explain?"),
  ], focus=True)]),

S("fb-0179", True, "A friend has a client meeting this afternoon where her quote is being challenged and asks Sam to call her beforehand; a live problem, not small talk.",
  "ask_call ask_help fast_reply reciprocity",
  {"a": P("Shona McAllister")},
  [dm(F, "a", [
      ("a", "-60d 20:00", "see you at the market saturday!"),
      ("a", "-0d 05:30", "Sam sorry for the early msg. client just emailed saying my quote for the rebrand is 'double what they expected' and we meet at 3 today. can you call me this morning before? even 10 min. I'm panicking a bit"),
      (ME, "+4m", "Of course. I'll call you at 9."),
      ("a", "+1m", "you're a star thank you"),
  ], focus=True)],
  as_of="2026-01-21 08:00"),

S("fb-0180", True, "An events company uses sales language ('discovery call', 'budget') but is asking to hire Sam for a pricing project.",
  "ask_call ask_rates first_contact",
  {"a": P("Owen Prendergast")},
  [dm(F, "a", [
      ("a", "-3d 10:20", "Hi Sam, we're a corporate events company (Dublin + Lisbon) and we want to rework how we quote venues and catering, we're losing margin on every big event. Budget for an external consultant is around €8k. Could we book a discovery call with you next week, and could you send your rates beforehand?"),
  ], focus=True)]),

S("fb-0181", True, "A tour guide tags Sam in a Lisbon expat group post and then follows up by DM asking for a 20-minute call about pricing her tours.",
  "ask_call first_contact",
  {"a": P("Gabriela Ostrowska")},
  [th(F, [
      ("a", "-3d 12:00", "Does anyone know a person who helps with pricing for small tour businesses? Sam Rivera, I think you do this?"),
      (ME, "+2h", "I do! Feel free to send me a message."),
  ]),
   dm(F, "a", [
      ("a", "-3d 16:10", "Hi Sam, thanks for replying in the group! I run food tours in Mouraria, 3 guides. We charge €55 per person and we're fully booked in summer but empty in winter. Could we do a 20-minute call this week? I'll pay for the time."),
  ], focus=True)]),

S("fb-0182", True, "A former client silent for two years writes that the business is growing again and asks when they could talk about revisiting prices.",
  "reengagement ask_chat",
  {"a": P("Mateus Figueiredo")},
  [dm(F, "a", [
      ("a", "-760d 14:00", "Sam, the new price list is live. Thanks for everything!"),
      (ME, "+2h", "Fantastic, good luck Mateus!"),
      ("a", "-2d 09:30", "Hi Sam, Mateus from the bike shop! Two years on and we've opened a second shop in Cascais and added rentals. The prices we set together don't fit anymore. When could we talk about doing another round?"),
  ], focus=True)]),

S("fb-0183", True, "A mushroom farm co-op asks Sam to come and see the farm and help them decide what to charge restaurants, an ask to meet about paid work.",
  "ask_meeting ask_help first_contact",
  {"a": P("Tomasz Wilk")},
  [dm(F, "a", [
      ("a", "-1d 18:00", "Hello Sam, we are 4 people running a mushroom farm near Sintra. Chefs love our oyster and lion's mane mushrooms but we have no idea what to charge restaurants vs the market. Would you come visit the farm one day and help us figure it out? We can pay, and we will feed you very well."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 3 negatives: disguised selling, traps, closed
S("fb-0184", False, "A stranger's friendly opener turns into a be-your-own-boss recruitment pitch and asks for a voice call tonight.",
  "promotional first_contact keyword_trap",
  {"a": P("Tiffany Rowlands")},
  [dm(F, "a", [
      ("a", "-1d 19:45", "Hiii Sam!! 😍 You seem like such a go-getter from your posts. I'm looking for 3 motivated people to join my team, be your own boss, work from your phone 📱💸 Can we do a quick voice call tonight so I can explain? It's changed my life honestly"),
  ], focus=True)]),

S("fb-0185", False, "A school friend reappears after six years to offer coffee, but it is to sell a private pension plan.",
  "reengagement promotional keyword_trap",
  {"a": P("Darren Colfer")},
  [dm(F, "a", [
      ("a", "-2200d 22:00", "happy birthday sam!"),
      ("a", "-2d 12:15", "Sam! Long time no see mate 😄 saw you're self employed now, fair play. I'm with a wealth management firm these days helping freelancers sort their pensions. Let's grab a coffee this week, my treat, 20 mins and I'll show you what you're missing out on."),
  ], focus=True)]),

S("fb-0186", False, "A friend adds Sam to a group chat to introduce a web designer, who pitches a website package and a 15-minute call.",
  "introduction first_contact promotional keyword_trap",
  {"k": P("Patrícia Lobo"), "n": P("Dev Malhotra")},
  [dm(F, "k", [
      ("k", "-220d 13:00", "obrigada pelo livro, adorei!"),
      (ME, "+1h", "Que bom 😊"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 11:00", "Sam, this is Dev, he does websites, I told him you might need one!"),
      ("n", "+10m", "Hey Sam! Thanks Patrícia. I build conversion-focused sites for coaches and consultants, packages from €1,490. Got 15 minutes this week for a quick call? I can show you a mockup of your new homepage."),
  ], focus=True, title="Patrícia, Dev and Sam")]),

S("fb-0187", False, "Sam messaged a restaurant's Page and got the Page's automatic reply with a phone number; nobody has written to Sam.",
  "automated keyword_trap",
  {"a": P("Tasca do Zé")},
  [dm(F, "a", [
      (ME, "-1d 18:00", "Olá, têm mesa para 6 no sábado à noite?"),
      ("a", "+1m", "Thanks for messaging Tasca do Zé! We typically reply within a day. For reservations please call us at 213 000 000."),
  ], focus=True)]),

S("fb-0188", False, "Fast, many-turn birthday banter with an old friend; warm but nothing to continue.",
  "small_talk many_turns fast_reply reciprocity",
  {"a": P("Lorcan Byrne")},
  [dm(F, "a", [
      ("a", "-370d 10:00", "happy birthday old man"),
      ("a", "-1d 09:00", "happy birthday again old man 🎂 another year closer to reading glasses"),
      (ME, "+3m", "Already have them. Pricing books have small print."),
      ("a", "+2m", "hahaha. big plans tonight?"),
      (ME, "+4m", "Dinner in Alfama, nothing wild."),
      ("a", "+1m", "have a ginjinha for me 🍒"),
  ], focus=True)]),

S("fb-0189", False, "A football group chat argues about a referee's call; the word call is about the match.",
  "small_talk keyword_trap",
  {"a": P("Pedro Antunes"), "b": P("Callum Doyle")},
  [dm(F, "a b", [
      ("a", "-1d 21:55", "that penalty call was a joke. robbed"),
      ("b", "+1m", "worst call of the season easily"),
      (ME, "+5m", "VAR watched it 6 times and still got it wrong"),
      ("a", "+2m", "we ride again sunday 🦁"),
  ], focus=True, title="Sunday League 🦁")]),

S("fb-0190", False, "Sam said he is fully booked until autumn and the person replied no worries, maybe next year; closed.",
  "closed declined reciprocity",
  {"a": P("Harriet Oyelowo")},
  [dm(F, "a", [
      ("a", "-6d 10:00", "Hi Sam, any chance you'd have time in May to look at pricing for my ceramics studio?"),
      (ME, "+5h", "Hi Harriet, thanks so much for thinking of me. I'm fully booked until October, sorry! Happy to suggest someone."),
      ("a", "-1d 19:30", "No worries at all! I'll wait and maybe try again next year. Good luck with everything 😊"),
  ], focus=True)]),

S("fb-0191", False, "A genuine request for a call about pricing a food truck from seven months ago that nobody followed up.",
  "ask_call stale first_contact",
  {"a": P("Marcus Delaney")},
  [dm(F, "a", [
      ("a", "-210d 14:00", "Hi Sam, just bought a food truck and have no clue how to price burgers for festivals vs markets. Could we have a quick call some time?"),
  ], focus=True)]),

S("fb-0192", False, "A commenter says nobody should call a 'pricing consultant' and calls Sam a grifter.",
  "hostile first_contact keyword_trap",
  {"a": P("Wayne Kettleby")},
  [th(F, [
      (ME, "-1d 10:00", "Small shop owners: you're allowed to charge more than the supermarket. You're not a supermarket."),
      ("a", "+40m", "why would anyone call a 'pricing consultant', just charge what the market pays. grifters everywhere these days"),
  ], focus=True)]),

S("fb-0193", False, "A friend's birthday-party photo post tags fifteen people, Sam among them.",
  "mass_mention small_talk",
  dict(crowd(15, 43), a=P("Inês Valente")),
  [th(F, [
      ("a", "-1d 11:00", "40!! 🥳 Thank you all for coming last night, I have the best people. Photos below, no deleting allowed 😂", {"at": ats(15)}),
  ], focus=True)]),

S("fb-0194", False, "An acquaintance asks for an accountant recommendation, Sam names one and she says thanks.",
  "trivial_question thanks_only first_contact",
  {"a": P("Wendy Alcott")},
  [dm(F, "a", [
      ("a", "-3d 16:00", "Hi Sam, do you know an English-speaking accountant in Lisbon for freelancers?"),
      (ME, "+1h", "Yes, Rita at Contas Claras, she's great with freelancers."),
      ("a", "+10m", "Perfect, thank you!!"),
  ], focus=True)]),

S("fb-0195", False, "In Spanish, a stranger offers a crypto 'investment' with eight percent monthly returns and asks to talk on WhatsApp.",
  "spam first_contact keyword_trap non_english lang_es",
  {"a": P("Esteban Quiroga")},
  [dm(F, "a", [
      ("a", "-2d 23:40", "Hola Sam, buenas noches. Te escribo porque tengo una oportunidad de inversión en criptomonedas con rentabilidad del 8% mensual garantizada. Ya somos más de 300 inversores. ¿Hablamos por WhatsApp y te explico? Sin compromiso 🙏"),
  ], focus=True)]),

S("fb-0196", False, "A friend's 'call me crazy but' introduces a plan to run a marathon; a keyword trap in banter.",
  "small_talk keyword_trap reciprocity",
  {"a": P("Simone Achterhof")},
  [dm(F, "a", [
      ("a", "-90d 19:00", "loved the book club last night"),
      ("a", "-1d 20:15", "call me crazy but I just signed up for the Lisbon marathon 🏃‍♀️"),
      (ME, "+30m", "Crazy. Proud. Will be at the finish with a pastel de nata."),
      ("a", "+3m", "that's the only reason I'm doing it"),
  ], focus=True)]),

S("fb-0197", False, "In French, an agency offers to publish a sponsored article on Sam's blog for a fee; a content seller.",
  "promotional first_contact non_english lang_fr",
  {"a": P("Agence Contenu Plus")},
  [dm(F, "a", [
      ("a", "-2d 10:05", "Bonjour Sam, nous représentons plusieurs marques du secteur fintech et souhaiterions publier un article sponsorisé sur votre blog, ou obtenir un lien dans un article existant. Notre tarif : 90 € par lien. Merci de nous indiquer vos conditions."),
  ], focus=True)]),

S("fb-0198", False, "In German, the person thanks Sam for yesterday's phone call and says it helped a lot; the call has happened.",
  "closed thanks_only reciprocity non_english lang_de",
  {"a": P("Gudrun Reinholz")},
  [dm(F, "a", [
      ("a", "-7d 12:00", "Hallo Sam, hättest du diese Woche Zeit für ein Telefonat wegen meiner Kurspreise?"),
      (ME, "+2h", "Klar, Donnerstag um 17 Uhr?"),
      ("a", "+20m", "Passt!"),
      ("a", "-1d 10:10", "Danke für das Telefonat gestern, hat mir sehr geholfen! Ich setze das jetzt so um 😊"),
  ], focus=True)]),

S("fb-0199", False, "In Portuguese, a Marketplace buyer sends the pre-filled 'is this still available?' about a lamp Sam is selling.",
  "automated first_contact non_english lang_pt",
  {"a": P("Vasco Pimentel")},
  [dm(F, "a", [
      ("a", "-1d 13:20", "Olá, este artigo ainda está disponível?"),
  ], focus=True, title="Vasco · Candeeiro de pé vintage")]),

S("fb-0200", False, "A video call with a cousin ended and she sends love to the family; system prose and family small talk.",
  "small_talk keyword_trap",
  {"a": P("Luísa Rivera Costa")},
  [dm(F, "a", [
      ("a", "-250d 20:00", "Feliz Natal primo!"),
      ("a", "-1d 20:30", "The video call ended."),
      ("a", "+1m", "Adorei ver-te! Give my love to your mum, see you all at Easter 💛"),
  ], focus=True)]),

S("fb-0201", False, "In Portuguese, a coworking proposes a 'partnership' that is really Sam promoting them to his readers in exchange for a desk discount, plus a meeting.",
  "promotional first_contact keyword_trap non_english lang_pt",
  {"a": P("Cowork Bairro Alto")},
  [dm(F, "a", [
      ("a", "-2d 15:00", "Olá Sam! 👋 Somos o Cowork Bairro Alto e adoramos o teu conteúdo. Temos uma proposta de parceria: divulgas o nosso espaço na tua newsletter e ficas com 20% de desconto na mensalidade! Podemos marcar uma reunião rápida para te mostrar o espaço?"),
  ], focus=True)]),

S("fb-0202", False, "A follower comments three fire emojis under Sam's post.",
  "emoji_only first_contact",
  {"a": P("Rafaela Bento")},
  [th(F, [
      (ME, "-1d 09:30", "New essay: what a price list says about you before anyone reads it."),
      ("a", "+1h", "🔥🔥🔥"),
  ], focus=True)]),

S("fb-0203", False, "An 'Entrepreneur Spotlight' feature invitation asks Sam to book an interview call but comes with a featuring fee.",
  "promotional first_contact keyword_trap",
  {"a": P("Business Leaders Spotlight")},
  [dm(F, "a", [
      ("a", "-2d 08:45", "Congratulations Sam! 🏆 You have been selected for our Entrepreneur Spotlight feature, read by 200k+ business owners. Book your interview call here: blspotlight.example/book. A featuring fee of €297 covers editing and distribution."),
  ], focus=True)]),
# ----------------------------------------------------------------- batch 4 positives: asks without the textbook words
S("fb-0204", True, "A shop owner says she will be in Lisbon from the 9th and would love to buy Sam a pastel de nata and hear what Sam thinks of her new prices; a statement-ask.",
  "ask_meeting indirect_ask first_contact",
  {"a": P("Gillian Ashdown")},
  [dm(F, "a", [
      ("a", "-2d 19:45", "Hi Sam! I've followed your page since the pandemic. I'm over in Lisbon from the 9th for a week with my sister and I'd love to buy you a pastel de nata and hear what you make of our new prices at the shop (we sell refills, soaps, that kind of thing, and I think we're far too cheap on the refills). Totally understand if you're busy!"),
  ], focus=True)]),

S("fb-0205", True, "A wedding-cake baker, recommended by a friend, asks with typos whether Sam could talk with her this week about being fully booked but barely covering rent.",
  "ask_chat first_contact typo",
  {"a": P("Tameka Rowe")},
  [dm(F, "a", [
      ("a", "-1d 22:55", "hey sam sorry to bother u, my freind jo said ur the person 4 pricing stuff. i do wedding cakes, im booked solid til october but barley making rent?? culd u maybe talk to me for a bit this wk, ill pay ofc"),
  ], focus=True)]),

S("fb-0206", True, "Under Sam's post, a stranger comments that she has sent a private message and would be grateful for a quick chat about her café's prices.",
  "ask_chat first_contact",
  {"a": P("Orla Brennan")},
  [th(F, [
      (ME, "-2d 10:00", "The cheapest thing on your menu tells customers what kind of place you are. Price it on purpose."),
      ("a", "+4h", "This hit home, our cheapest item is a €1 filter coffee and I think it's dragging everything down. Sent you a PM 🙂 would be so grateful for a quick chat if you have time, happy to pay"),
  ], focus=True)]),

S("fb-0207", True, "A plumber's voice-to-text message without punctuation asks Sam to give him a ring some evening about his call-out prices.",
  "ask_call first_contact",
  {"a": P("Declan Furlong")},
  [dm(F, "a", [
      ("a", "-2d 20:15", "hi sam declan here the plumber my wife follows you on here so she told me to message you im doing this on the voice thing so excuse it so basically my call out charge is 45 euro and i think its too low but every time i go up people moan and i lose the job would you give me a ring some evening this week id pay you for your time obviously thanks a million"),
  ], focus=True)]),

S("fb-0208", True, "A farm-shop owner Sam worked for last year comes back with a new café project and asks when they can talk about doing the same again.",
  "reengagement ask_chat",
  {"a": P("Bronwyn Pryce")},
  [dm(F, "a", [
      ("a", "-320d 17:30", "Sam the new price cards are up and nobody even blinked!! thank you thank you"),
      (ME, "+1h", "Told you so 😄 Enjoy it, Bronwyn."),
      ("a", "-1d 08:40", "Morning Sam! Big news, we're opening a little café in the old barn in spring. I want to get the prices right from day one this time instead of fixing them later 😅 Same deal as last time? When can we talk?"),
  ], focus=True)]),

S("fb-0209", True, "In a Messenger group with his two sisters, a restaurant owner asks Sam to come round one evening to go through the menu prices with them; the sisters only cheer him on.",
  "ask_meeting first_contact",
  {"a": P("Marco Bellandi"), "b": P("Giulia Bellandi"), "c": P("Chiara Bellandi")},
  [dm(F, "a b c", [
      ("a", "-2d 18:10", "Sam, Marco here, I got your name from the Lisbon Italians group. Me and my sisters run a trattoria in Alcântara and we fight about the menu prices every single week. Could you come by one evening and go through the menu with the three of us? Dinner on us obviously, and we'll pay your fee."),
      ("b", "+5m", "he means it, the fights are real 😂"),
      ("c", "+12m", "yes please Sam 🙏"),
  ], focus=True, title="Trattoria Bellandi")]),

S("fb-0210", True, "A salon manager asks whether Sam does anything for teams because her six hairdressers won't charge for extras; an indirect ask for paid work.",
  "indirect_ask first_contact",
  {"a": P("Shereen Aziz")},
  [dm(F, "a", [
      ("a", "-3d 12:05", "Quick q, do you do anything for teams? I manage a salon with 6 stylists and not one of them will charge for toners or extra length, they just feel bad. I'd pay for a session if it's something you do"),
  ], focus=True)]),

S("fb-0211", True, "A candle maker Sam met at a Saturday market follows up as Sam suggested and asks when would suit for the chat about her prices.",
  "ask_chat first_contact",
  {"a": P("Poppy Hargreaves")},
  [dm(F, "a", [
      ("a", "-1d 16:20", "Hiya Sam! It was so lovely meeting you at the LX market on Saturday, I'm the candle stall with the dog 🐶 You said to message you about my wholesale prices, so here I am! When would suit you for that chat?"),
  ], focus=True)]),

S("fb-0212", True, "A long message from a mechanic's wife about his garage ends by asking whether Sam would ever sit down with him, because he won't ask himself.",
  "ask_meeting indirect_ask first_contact",
  {"a": P("Siobhan Keating")},
  [dm(F, "a", [
      ("a", "-3d 21:30", "Hello Sam, I hope it's ok to message you here. My husband Pat has a small garage outside Cork, two lads working for him. He's brilliant at the work and useless at charging for it. He quotes from memory, he never charges for diagnostics, he gives the regulars 'a price' which is basically cost. Last month he worked 60 hours a week and we still had to dip into savings. I've been reading your posts to him at dinner and he actually listens, which is a miracle. I suppose what I'm asking is whether you would ever sit down with him for an hour, online is fine, and we'd pay of course. He won't ask himself so I'm asking for him."),
  ], focus=True)]),

S("fb-0213", True, "A climbing gym owner lists what he wants looked at and asks what it would cost and how long it would take.",
  "ask_rates first_contact",
  {"a": P("Ewan Lockhart")},
  [dm(F, "a", [
      ("a", "-2d 11:35", "Hi Sam. We run a bouldering gym in Porto. What we'd want: someone to look at our 4 membership levels, the drop-in price, and the kids' classes, and tell us what to change and how to roll it out without a mutiny. Could you let me know what that would cost and how long it would take?"),
  ], focus=True)]),

S("fb-0214", True, "A friend sends an emoji-laden panic message: the council wants her quote for summer camps and she asks Sam to call tonight.",
  "ask_call ask_help",
  {"a": P("Fiona Gallacher")},
  [dm(F, "a", [
      ("a", "-40d 20:00", "thanks for dinner!! the tart was unreal 🥧"),
      (ME, "+1h", "Anytime!"),
      ("a", "-0d 05:40", "SAMMM 😭😭 the council just asked us to quote for running their summer camps 🏕️🏕️ 40 kids x 6 weeks and I have NO clue what to charge 🙈🙈 deadline friday. pls can u call me tonight?? 📞🙏"),
  ], focus=True)]),

S("fb-0215", True, "A kitchen-studio owner messages on Facebook and sends a LinkedIn invitation note two days later about the same quoting problem, asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": P("Rashid Kamara", li=True)},
  [dm(F, "a", [
      ("a", "-4d 18:25", "Hi Sam, I design and fit kitchens in Leeds. Customers take my detailed quotes to cheaper fitters and I end up doing the design work for free. Would a call be possible sometime?"),
  ], focus=True),
   net("a", [
      ("a", "-2d 09:00", "Hi Sam, Rashid, I also messaged on Facebook about the kitchen quotes. Here's my work profile. Any chance of that call this week?"),
  ], focus=True)]),

S("fb-0216", True, "In Spanish, in a group chat with her business partner, a shop owner asks whether the three of them could do a video call on Thursday.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Rocío Manzanares"), "b": P("Andrés Peláez")},
  [dm(F, "a b", [
      ("a", "-2d 13:00", "Hola Sam! Te escribimos Andrés y yo, somos socios en una tienda online de cerámica hecha a mano. Él quiere bajar precios para vender más y yo quiero subirlos 😅 ¿Podríamos hacer una videollamada los tres el jueves? Te pagamos la sesión, claro."),
      ("b", "+20m", "Confirmo la discusión jaja. Gracias Sam"),
  ], focus=True, title="Cerámica Manzanares")]),

S("fb-0217", True, "In Spanish, a franchise founder says he passes through Lisbon on the 18th and would like to invite Sam to lunch to discuss a project.",
  "ask_meeting first_contact indirect_ask non_english lang_es",
  {"a": P("Fermín Echevarría")},
  [dm(F, "a", [
      ("a", "-1d 15:10", "Buenas tardes Sam. Paso por Lisboa el 18 y me encantaría invitarte a comer. Tenemos 14 franquicias de lavanderías en el norte de España y los franquiciados cobran cada uno lo que quiere, es un caos. Creo que ahí hay un proyecto para ti."),
  ], focus=True)]),

S("fb-0218", True, "In French voice-to-text, a food-truck owner introduced by name asks Sam to call her one evening this week about her prices.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Nadia Ferhat")},
  [dm(F, "a", [
      ("a", "-1d 21:15", "bonjour sam c'est nadia la cousine de karim je t'envoie ça en vocal transcrit désolée pour la ponctuation donc voilà j'ai un food truck à bordeaux depuis deux ans et avec les prix qui montent je sais plus du tout où j'en suis karim m'a dit que tu pouvais m'aider est-ce que tu pourrais m'appeler un soir cette semaine après 21h je te paie bien sûr merci"),
  ], focus=True)]),

S("fb-0219", True, "In French, a bookshop owner Sam worked with two years ago returns with a second shop and asks whether Sam would do it again.",
  "reengagement ask_chat non_english lang_fr",
  {"a": P("Claire Vasseur")},
  [dm(F, "a", [
      ("a", "-760d 18:30", "Merci encore Sam, les nouveaux tarifs des ateliers marchent super bien !"),
      (ME, "+2h", "Génial, bravo Claire !"),
      ("a", "-2d 10:10", "Coucou Sam ! Ça fait longtemps. On ouvre une deuxième librairie avec un coin café à Rennes et je voudrais qu'on reprenne tout ensemble, comme la dernière fois. Tu serais partant ? On en parle quand tu veux."),
  ], focus=True)]),

S("fb-0220", True, "In German, a long message about holiday flats ends with a request for an hour of Sam's time next week, paid.",
  "ask_chat indirect_ask first_contact non_english lang_de",
  {"a": P("Annegret Wiebe")},
  [dm(F, "a", [
      ("a", "-2d 19:50", "Hallo Sam, lange Nachricht, sorry vorab. Mein Mann und ich vermieten seit drei Jahren vier Ferienwohnungen auf Rügen. Im Sommer sind wir ausgebucht, im Winter steht alles leer, und die Buchungsportale nehmen uns 18 %. Eine Freundin hat mir Ihren Artikel über Saisonpreise geschickt und ich habe ihn dreimal gelesen. Ich glaube, wir machen alles falsch, weiß aber nicht, wo wir anfangen sollen. Hätten Sie vielleicht nächste Woche mal eine Stunde für uns? Natürlich gegen Bezahlung."),
  ], focus=True)]),

S("fb-0221", True, "In German, a stranger asks a string of substantive questions under Sam's post about pricing a physiotherapy practice and Sam answers each within minutes.",
  "first_contact reciprocity many_turns fast_reply non_english lang_de",
  {"a": P("Jens Hollmann")},
  [th(F, [
      (ME, "-1d 09:00", "Pakete verkaufen sich nicht, weil sie billiger sind, sondern weil sie eine Entscheidung abnehmen."),
      ("a", "+30m", "Spannend. Ich habe eine Physiopraxis, Selbstzahler-Leistungen. Wir verkaufen 10er-Karten mit 10 % Rabatt und kaum einer kauft. Zu wenig Rabatt?"),
      (ME, "+6m", "Eher zu wenig Entscheidung. Was soll der Patient nach den 10 Terminen erreicht haben?"),
      ("a", "+5m", "Meistens schmerzfrei Laufen nach Knie-OP. Also ein Paket 'Reha nach Knie-OP' statt 10er-Karte?"),
      (ME, "+7m", "Genau. Mit Ziel, Dauer und einem Preis. Der Rabatt wird unwichtig."),
      ("a", "+4m", "Und was mache ich mit den Patienten, die nach 6 Terminen fertig sind? Geld zurück?"),
  ], focus=True)]),

S("fb-0222", True, "In Portuguese, a shop owner Sam met at a neighbourhood traders' dinner yesterday follows up as Sam suggested and asks when they can talk about her prices.",
  "ask_chat first_contact non_english lang_pt",
  {"a": P("Graça Pimentel")},
  [dm(F, "a", [
      ("a", "-0d 06:05", "Bom dia Sam! Conhecemo-nos ontem no jantar da associação de comerciantes da Graça, sou a da loja de tecidos. Disse-me para lhe mandar mensagem 🙂 Quando é que podemos falar sobre os preços da loja? Posso ir ter consigo onde der jeito."),
  ], focus=True)]),

S("fb-0223", True, "In Portuguese, a real-estate agency owner asks whether Sam runs training for teams, for her twelve agents who cut their commission; an indirect ask for paid work.",
  "indirect_ask first_contact non_english lang_pt",
  {"a": P("Patrícia Lemos")},
  [dm(F, "a", [
      ("a", "-2d 14:25", "Olá Sam, faz formações para equipas? Tenho uma agência imobiliária em Setúbal com 12 consultores e todos baixam a comissão à primeira objeção do cliente. Gostava de perceber se é algo que faça e em que moldes."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 4 negatives: look like asks, are not
S("fb-0224", False, "A fellow expat business owner proposes coffee to swap notes, and once Sam asks what he does it turns out he sells a CRM.",
  "promotional first_contact reciprocity keyword_trap",
  {"a": P("Rupert Langley")},
  [dm(F, "a", [
      ("a", "-3d 11:00", "Hi Sam, fellow Brit running a business in Lisbon here 👋 always good to meet others doing the same. Fancy a coffee to swap notes one of these days?"),
      (ME, "+4h", "Hi Rupert, sure, what's your business?"),
      ("a", "+25m", "I'm the Portugal partner for Scribo CRM, we help consultants stop losing leads in their inbox. I'd love to show you a quick demo over coffee, there's a 3-month free trial running till the end of the month 😊"),
  ], focus=True)]),

S("fb-0225", False, "A school friend silent for years writes 'hey stranger' only to invite Sam into an investment group over a ten-minute call.",
  "reengagement promotional keyword_trap",
  {"a": P("Tasha Merriweather")},
  [dm(F, "a", [
      ("a", "-1400d 22:00", "Happy birthday Sam!! 🎉"),
      (ME, "+12h", "Thanks Tasha!"),
      ("a", "-2d 20:30", "Hey stranger!! 😍 Saw you're doing amazing. So I've been working with an investment group the last 6 months and honestly it's changed everything for me, passive income while I sleep 💸 Could I grab 10 mins on a call to tell you about it? No pressure x"),
  ], focus=True)]),

S("fb-0226", False, "A local magazine's 'collaboration' offer is a paid advertorial in its entrepreneurs issue.",
  "promotional first_contact keyword_trap",
  {"a": P("Lisbon Business Life Magazine")},
  [dm(F, "a", [
      ("a", "-1d 10:15", "Hello Sam! We'd love to collaborate with you 💛 We're preparing our 'Lisbon Entrepreneurs' issue and would like to feature you with a full-page profile and photoshoot. The advertorial contribution is €390 + VAT. Can we count you in?"),
  ], focus=True)]),

S("fb-0227", False, "A networking brunch 'invites' Sam to speak, with a speaker contribution Sam would have to pay.",
  "promotional first_contact keyword_trap",
  {"a": P("Amber Castellanos")},
  [dm(F, "a", [
      ("a", "-2d 09:20", "Hi lovely! We'd be honoured to have you as a speaker at our Women in Business Brunch on the 22nd 🥂 Speakers get 10 minutes on stage plus a table for their products. The speaker contribution is €150. Shall I send you the booking form?"),
  ], focus=True)]),

S("fb-0228", False, "A reader says she told a whole plane row about Sam's book, has no question, and answers Sam's thanks with a heart.",
  "small_talk first_contact reciprocity",
  {"a": P("Jolene Abernathy")},
  [dm(F, "a", [
      ("a", "-2d 21:00", "Read your book on the flight back from Boston and kept reading bits out to the poor man next to me 😂 no question, I just had to tell you!"),
      (ME, "+10h", "Ha, apologies to him, and thank you!"),
      ("a", "+30m", "❤️"),
  ], focus=True)]),

S("fb-0229", False, "A hostile comment asks who even pays for this and whether Sam calls himself an expert because he has a blog.",
  "hostile first_contact keyword_trap",
  {"a": P("Barry Gorman")},
  [th(F, [
      (ME, "-1d 10:30", "Raising prices is less scary when you've decided in advance which customers you're willing to lose."),
      ("a", "+2h", "Who even pays for this?? Do you call yourself an expert because you have a blog? Real businesses don't get to 'decide' who they lose."),
  ], focus=True)]),

S("fb-0230", False, "After last week's call, the person thanks Sam and reports that the new prices went up without trouble; the call is done.",
  "closed thanks_only reciprocity ask_call",
  {"a": P("Maeve Cunningham")},
  [dm(F, "a", [
      ("a", "-12d 14:00", "Hi Sam, would you have time for a call about my pottery class prices?"),
      (ME, "+2h", "Sure, Tuesday at 11?"),
      ("a", "+10m", "Perfect!"),
      ("a", "-1d 18:40", "Thanks again for Tuesday! New prices went up on the website, first week fully booked anyway 🙌"),
  ], focus=True)]),

S("fb-0231", False, "A genuine request for a chat about nursery fees has been unanswered for two months.",
  "ask_chat stale first_contact",
  {"a": P("Imogen Swale")},
  [dm(F, "a", [
      ("a", "-62d 19:30", "Hi Sam, I run a small children's nursery and we have to raise fees in September. Would you have time for a chat before then about how to tell the parents?"),
  ], focus=True)]),

S("fb-0232", False, "Sam asked a bakery owner three months ago whether he'd do a short call for a case study and got no answer; Sam's own ask.",
  "owner_only stale ask_call",
  {"a": P("Tiago Figueiredo")},
  [dm(F, "a", [
      (ME, "-93d 11:00", "Olá Tiago, loved your post about changing the bread prices. Would you be up for a 15-minute call for a case study in my newsletter?"),
  ], focus=True)]),

S("fb-0233", False, "A group admin's welcome post tags fifteen new members, Sam among them.",
  "mass_mention small_talk",
  dict(crowd(15, 62), a=P("Delia Farrow")),
  [th(F, [
      ("a", "-1d 12:00", "Please welcome our new members this week! 🎉 Say hi, tell us what you do, and don't forget the Thursday networking thread 👇", {"at": ats(15)}),
  ], focus=True)]),

S("fb-0234", False, "A one-line cold message asks whether Sam is open to a quick chat about getting more reviews; a sales opener.",
  "promotional first_contact keyword_trap",
  {"a": P("Kyle Brannigan")},
  [dm(F, "a", [
      ("a", "-1d 08:05", "Hi Sam, open to a quick chat about getting more 5-star reviews for your business?"),
  ], focus=True)]),

S("fb-0235", False, "A teacher's call request about a careers-day talk moved to e-mail and she confirms everything is arranged there.",
  "closed ask_call reciprocity many_turns",
  {"a": P("Ruth Okonkwo")},
  [dm(F, "a", [
      ("a", "-10d 16:10", "Hi Sam, I teach at the international school. Our students would love you for careers day. Could we have a quick call about it?"),
      (ME, "+3h", "Hi Ruth, happy to help. E-mail is easier for me, could you write to sam@samrivera.example?"),
      ("a", "+15m", "Done, just sent it!"),
      ("a", "-2d 12:30", "Got your reply, all confirmed for the 14th at 10:00. The kids are excited, thank you!"),
  ], focus=True)]),

S("fb-0236", False, "Someone invites Sam to a paid mastermind retreat in the Algarve and asks to call to tell Sam more.",
  "promotional first_contact keyword_trap",
  {"a": P("Savannah Pierce")},
  [dm(F, "a", [
      ("a", "-2d 17:45", "Hey Sam! ☀️ I'm hosting a small mastermind retreat in the Algarve for consultants in October, 5 days, €4,900 all-in, only 10 seats. You came to mind straight away! Can I give you a call to tell you more?"),
  ], focus=True)]),

S("fb-0237", False, "In Spanish, an AI-tool founder asks for Sam's opinion on a 15-minute call that is a product demo with a referral commission attached.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Sergio Valcárcel")},
  [dm(F, "a", [
      ("a", "-1d 12:40", "Hola Sam! Hemos creado una IA que calcula el precio óptimo de cada plato para restaurantes. Nos encantaría tu opinión en una llamada de 15 min donde te enseñamos la demo, y si te gusta tenemos un plan para consultores con un 40% de comisión por cliente 🚀"),
  ], focus=True)]),

S("fb-0238", False, "In Spanish, a friend invites Sam to dinner on Saturday, Sam says yes and she answers with a thumbs up; social logistics only.",
  "small_talk reciprocity fast_reply non_english lang_es",
  {"a": P("Maribel Orozco")},
  [dm(F, "a", [
      ("a", "-200d 21:00", "¡Feliz año Sam! 🎆"),
      ("a", "-1d 19:00", "El sábado cena en casa con Jorge y los de siempre, ¿te apuntas? Trae vino 🍷"),
      (ME, "+3m", "¡Claro! ¿A qué hora?"),
      ("a", "+2m", "a las 9 👍"),
  ], focus=True)]),

S("fb-0239", False, "In French, a business-school classmate silent for years resurfaces with a 15-minute call to sell tax-advantaged property investments.",
  "reengagement promotional keyword_trap non_english lang_fr",
  {"a": P("Grégoire Tessier")},
  [dm(F, "a", [
      ("a", "-1600d 20:00", "Bon anniversaire Sam ! 🎂"),
      (ME, "+1d 09:00", "Merci Grégoire !"),
      ("a", "-2d 18:15", "Salut Sam ! Ça fait une éternité depuis l'école ! Je suis maintenant conseiller en investissement immobilier (LMNP, défiscalisation), et en tant qu'indépendant tu paies sûrement trop d'impôts 😉 On s'appelle 15 min cette semaine ?"),
  ], focus=True)]),

S("fb-0240", False, "In French, a genuine request for a call about a guesthouse's prices dates from four months ago and nobody picked it up.",
  "ask_call stale first_contact non_english lang_fr",
  {"a": P("Sylvie Rouquette")},
  [dm(F, "a", [
      ("a", "-121d 09:30", "Bonjour Sam, j'ai une maison d'hôtes dans le Luberon et je ne sais pas comment fixer mes prix en basse saison. Est-ce qu'on pourrait s'appeler un de ces jours ?"),
  ], focus=True)]),

S("fb-0241", False, "In German, a sarcastic comment asks whether people are supposed to call Sam for advice as obvious as raising prices.",
  "hostile first_contact keyword_trap non_english lang_de",
  {"a": P("Wolfgang Reuter")},
  [th(F, [
      (ME, "-2d 11:00", "Die meisten Selbstständigen verlieren mehr Geld durch zu niedrige Preise als durch verlorene Kunden."),
      ("a", "+3h", "Und dafür soll man Sie anrufen? 😂 Preise erhöhen, wow, da wäre ich nie drauf gekommen. Was kostet der nächste Geistesblitz?"),
  ], focus=True)]),

S("fb-0242", False, "In German, a founders' summit offers Sam a speaker slot that comes with a speaker package Sam must pay for.",
  "promotional first_contact keyword_trap non_english lang_de",
  {"a": P("Gründerinnen-Gipfel Team")},
  [dm(F, "a", [
      ("a", "-1d 10:45", "Liebe/r Sam, wir laden Sie herzlich ein, als Speaker beim Gründerinnen-Gipfel in München aufzutreten! Das Speaker-Paket (15 Min. Bühne, Logo auf der Website, 2 Tickets) kostet 890 € zzgl. MwSt. Sollen wir einen kurzen Call zur Buchung vereinbaren?"),
  ], focus=True)]),

S("fb-0243", False, "In Portuguese, Sam explains he is fully booked until autumn and the café owner replies that she understands and will look elsewhere.",
  "closed declined reciprocity ask_chat non_english lang_pt",
  {"a": P("Rita Cordeiro")},
  [dm(F, "a", [
      ("a", "-5d 15:20", "Olá Sam, tenho um café em Alvalade e queria falar consigo sobre os preços do menu. Tem disponibilidade este mês?"),
      (ME, "+1d 09:10", "Olá Rita, obrigado por pensar em mim. Infelizmente estou sem agenda até outubro, não lhe quero fazer esperar tanto."),
      ("a", "+2h", "Compreendo perfeitamente, obrigada pela honestidade! Vou procurar outra pessoa. Boa continuação 🙂"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 5: an ordinary month (positives)
S("fb-0244", True, "A neighbour who runs the café downstairs asks Sam to sit with her one afternoon, paid, about filling the quiet weekday hours.",
  "ask_meeting ask_help",
  {"a": P("Filipa Rosário")},
  [dm(F, "a", [
      ("a", "-20d 13:10", "Sam o teu pacote ficou cá no café 📦"),
      (ME, "+1h", "Obrigado Filipa! Passo aí às 6."),
      ("a", "-2d 16:25", "Hi Sam, writing in English so I get it right 🙂 The café is full on weekends but Monday to Thursday afternoons are dead and I'm paying two people to stand there. I know this is what you do for a living so I'd like to do it properly and pay you: could you sit with me one afternoon this week or next and look at the numbers? Coffee and cake included obviously 😄"),
  ], focus=True)]),

S("fb-0245", True, "A former colleague introduces a physiotherapy-clinic owner in a Messenger group, and the owner takes it up asking for a call about a second location.",
  "introduction first_contact ask_call",
  {"k": P("Naomi Frankland"), "n": P("Owen Tressider")},
  [dm(F, "k", [
      ("k", "-90d 20:00", "Loved the newsletter this week, forwarded it to half my team 😂"),
      (ME, "+1h", "Ha, thank you Naomi!"),
  ]),
   dm(F, "k n", [
      ("k", "-3d 12:00", "Sam, this is Owen, my physio and a very good one. He's opening a second clinic and has questions way above my pay grade. Owen, Sam is the one I told you about!"),
      ("n", "+3h", "Thanks Naomi! Hi Sam, nice to e-meet you. Second clinic opens in September and I have to decide whether to hire two physios on salary or take people on a % split, and how that changes what we charge. Would you be up for a call in the next week or so? I'll pay for the time of course."),
  ], focus=True, title="Naomi, Owen and Sam")]),

S("fb-0246", True, "A friend who has just been laid off asks Sam for a proper conversation about whether to go independent, offering to buy the beers.",
  "ask_meeting",
  {"a": P("Callum Drysdale")},
  [dm(F, "a", [
      ("a", "-35d 21:10", "that photo of you with the giant fish 😂😂"),
      (ME, "+12h", "It was THIS big 🎣"),
      ("a", "-1d 19:55", "Mate, bit of news. They let 40 of us go on Monday, me included. I'm actually ok, and half of me wants to finally do the freelance thing like you did instead of applying for the same job somewhere else. Could we have a proper chat this week? Beers on me (severance money 😅). You're the only person I know who's actually done it."),
  ], focus=True)]),

S("fb-0247", True, "The organiser of a local small-business group tags Sam in a post asking him to give a free talk, he says yes, and she asks for a quick call about dates.",
  "ask_call first_contact reciprocity",
  {"a": P("Bernadette Quigley")},
  [th(F, [
      ("a", "-2d 10:30", "Members have asked for a session on pricing so I'm going to be brave: Sam Rivera, would you do a talk for our Lisbon Small Business Circle? We meet the first Wednesday of the month. We can't pay but the pastéis are excellent 🙈"),
      (ME, "+4h", "Happy to, Bernadette! Send me a message with the options."),
      ("a", "+30m", "Amazing, thank you!! 🎉 Messaging you now, could we have a quick call this week to agree the date and what would be most useful for the group?"),
  ], focus=True)]),

S("fb-0248", True, "A volunteer coordinator at an animal shelter asks for pro-bono help pricing a fundraising gala and running it, and asks for a call.",
  "ask_help ask_call first_contact",
  {"a": P("Moira Fenwick")},
  [dm(F, "a", [
      ("a", "-2d 20:40", "Hello Sam, I hope you don't mind me writing. I volunteer at Patas Felizes, the dog shelter in Sintra. We're organising our first proper fundraising dinner (120 seats) and we're stuck on everything: ticket price, whether to do tables for companies, how many volunteers we need on the night. A member of our board reads your posts and said you might be kind enough to help. We have no budget, so it would be pro bono. Would you have time for a call?"),
  ], focus=True)]),

S("fb-0249", True, "Under Sam's post a florist asks a string of real questions about wedding quotes as Sam answers within minutes, then asks if she can message him about working on it properly.",
  "indirect_ask first_contact reciprocity many_turns fast_reply",
  {"a": P("Hattie Colquhoun")},
  [th(F, [
      (ME, "-1d 09:00", "If your quote is a list of items, the client will negotiate the items. If it's a description of the day, they'll negotiate far less."),
      ("a", "+15m", "Wedding florist here and I feel SEEN. My quotes are literally 'bouquet £120, buttonholes x6 £90...' and every couple asks me to drop something"),
      (ME, "+5m", "Try three options described as the day: 'intimate', 'classic', 'full bloom'. Items underneath, but not priced one by one."),
      ("a", "+6m", "and if they want the classic but without the arch?"),
      (ME, "+4m", "Then it's a different package with a different price. Never a line you cross out."),
      ("a", "+5m", "ok my whole quoting system needs redoing. could I message you about helping me do it properly? happy to pay, wedding season starts in 6 weeks 😬"),
  ], focus=True)]),

S("fb-0250", True, "A writer friend Sam hasn't heard from in almost a year proposes co-running a freelancers' workshop at a Lisbon coworking and asks to meet to plan it.",
  "reengagement ask_meeting",
  {"a": P("Imogen Sallis")},
  [dm(F, "a", [
      ("a", "-330d 18:00", "Congrats on the paperback!! 📚"),
      (ME, "+2h", "Thanks Imo! How's the novel going?"),
      ("a", "-3d 11:45", "Sam! Sorry for vanishing, the novel ate me alive. Random idea: Cais Coworking asked me to run something for their freelance members in the autumn and I thought, what if we did it together? Me on pitching and writing, you on pricing, a full Saturday. They'd pay us both. Can we meet at the Cais café next week and sketch it out?"),
  ], focus=True)]),

S("fb-0251", True, "A surf-school owner describes his booking and pricing mess at length and asks whether it is something Sam does and when they could talk.",
  "indirect_ask ask_chat first_contact",
  {"a": P("Kieran Mulcahy")},
  [dm(F, "a", [
      ("a", "-2d 21:50", "Hey Sam, Kieran here, I run a surf school in Ericeira with my partner. Summer we're turning people away, winter we're dead, and our website sells a single lesson, a 3-pack and a 5-pack at basically the same price per lesson. Half our bookings come through WhatsApp at whatever price the instructor feels like. My partner found your page and said 'this guy'. Not sure if it's your kind of thing (marketing? pricing? both?) but if it is, when could we talk?"),
  ], focus=True)]),

S("fb-0252", True, "A friend's daughter studying economics asks for a fifteen-minute video call to learn what working in pricing is like.",
  "ask_call first_contact",
  {"a": P("Sofia Lindqvist")},
  [dm(F, "a", [
      ("a", "-3d 17:20", "Hi Sam, I'm Sofia, Annika's daughter (from the book club 😊). I'm in my third year of economics in Uppsala and my mum says you work in pricing, which is exactly what I want to do but nobody here can tell me what that job actually looks like. Would you have 15 minutes for a video call sometime? Any day that suits you."),
  ], focus=True)]),

S("fb-0253", True, "A Porto meetup organiser messages on Facebook and follows up on X two days later asking Sam to join a panel and to chat about it.",
  "cross_platform first_contact ask_chat",
  {"a": P("Ana Luísa Brandão", tw="analuisa_porto")},
  [dm(F, "a", [
      ("a", "-4d 19:15", "Hi Sam! I organise Women Who Build Porto. Our June meetup is a panel on 'getting paid what you're worth' and we'd love you as the one consultant on it (unpaid, but we'll cover the train). Could we chat about it?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 09:30", "Hi Sam, Ana Luísa from Women Who Build, I also wrote on Facebook about the June panel. Do you have a moment this week to talk it through? 🙂"),
  ], focus=True)]),

S("fb-0254", True, "In Spanish, a friend from Sam's Madrid years asks for advice on hiring her first employee for her yoga studio and proposes a phone call at the weekend.",
  "ask_call ask_help non_english lang_es",
  {"a": P("Marta Goikoetxea")},
  [dm(F, "a", [
      ("a", "-90d 22:00", "¡Qué fotos más bonitas de Sintra! 😍"),
      (ME, "+9h", "¡Gracias Marta! Tienes que venir."),
      ("a", "-1d 20:30", "Sam, necesito tu cabeza de negocios 🙈 El estudio va bien y voy a contratar a mi primera profe, pero no sé si hacerle contrato, pagarle por clase o un porcentaje, ni si tengo que subir las cuotas para cubrirlo. ¿Hablamos por teléfono el finde? Te invito a un vino cuando vengas, prometido."),
  ], focus=True)]),

S("fb-0255", True, "In Spanish, a fair-trade coffee cooperative asks for pro-bono help setting its prices for cafés and proposes a video call.",
  "ask_help ask_call first_contact non_english lang_es",
  {"a": P("Cooperativa Café Tierra Alta")},
  [dm(F, "a", [
      ("a", "-3d 15:40", "Hola Sam, te escribe Ramiro desde la Cooperativa Tierra Alta (Chiapas y Granada, 34 familias productoras). Estamos empezando a vender a cafeterías en España y no sabemos qué precio poner sin perder el margen que va a las familias. Somos una organización sin ánimo de lucro y no podemos pagar mucho. ¿Te animarías a echarnos una mano? Podríamos hacer una videollamada cuando te venga bien."),
  ], focus=True)]),

S("fb-0256", True, "In French, a podcast host invites Sam on his unpaid show, Sam accepts, and the host proposes a fifteen-minute call beforehand.",
  "ask_call first_contact reciprocity non_english lang_fr",
  {"a": P("Baptiste Roncière")},
  [dm(F, "a", [
      ("a", "-4d 18:30", "Salut Sam ! J'anime « Les Indés », un petit podcast sur les travailleurs indépendants (pas de pub, pas de sponsor, juste des conversations). Ça te dirait de venir parler de comment tu as fixé tes premiers tarifs ?"),
      (ME, "+16h", "Salut Baptiste, avec plaisir ! Dis-moi ce qui t'arrange."),
      ("a", "+1h", "Génial ! On pourrait s'appeler 15 min avant pour caler les sujets ? Mardi ou mercredi en fin de journée ?"),
  ], focus=True)]),

S("fb-0257", True, "In French, a former Paris colleague silent for three years proposes a joint studio for restaurants and suggests a call.",
  "reengagement ask_call non_english lang_fr",
  {"a": P("Delphine Arnoux")},
  [dm(F, "a", [
      ("a", "-1100d 19:00", "Bon courage pour Lisbonne !! Tu vas nous manquer à l'agence 😢"),
      (ME, "+1h", "Merci Delphine, je reviendrai vous voir !"),
      ("a", "-2d 10:15", "Sam !! Trois ans déjà… Je suis à mon compte depuis l'an dernier, je fais l'identité visuelle de restaurants et tous mes clients me demandent comment fixer leurs prix de carte. J'ai une idée d'offre commune (identité + carte + prix) et j'ai déjà deux restaurants intéressés à Lyon. On s'appelle cette semaine ?"),
  ], focus=True)]),

S("fb-0258", True, "In German, a Berlin founder whose investors say her prices are too low asks Sam for a video call before her next funding round.",
  "ask_call ask_help first_contact non_english lang_de",
  {"a": P("Leonie Wachtendorf")},
  [dm(F, "a", [
      ("a", "-2d 13:55", "Hallo Sam, ich habe ein kleines Software-Startup in Berlin (Dienstplanung für Pflegedienste). Wir sammeln im Herbst unsere Seed-Runde ein und zwei Investoren haben uns unabhängig voneinander gesagt, dass unsere Preise viel zu niedrig sind. Ich weiß aber nicht, wie ich das den 60 bestehenden Kunden beibringe. Hätten Sie Zeit für einen Videocall? Gerne bezahlt."),
  ], focus=True)]),

S("fb-0259", True, "In Portuguese, an Alfama restaurant owner whose cooks keep quitting asks Sam to stop by to look at staff schedules and menu prices.",
  "ask_meeting ask_help first_contact non_english lang_pt",
  {"a": P("Manuel Quintela")},
  [dm(F, "a", [
      ("a", "-1d 15:05", "Boa tarde Sam, o meu sobrinho segue-o e disse-me para lhe escrever. Tenho um restaurante em Alfama há 22 anos. Este ano já se foram embora três cozinheiros, as escalas são um inferno e os preços da carta são os mesmos desde 2019. Não sei por onde pegar. Podia passar cá um dia destes ao fim da tarde para vermos isto juntos? Pago o seu tempo, claro, e o jantar é por nossa conta."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 5: an ordinary month (negatives)
S("fb-0260", False, "A long family group chat plans a mother's seventieth birthday lunch; Sam joins in, all of it family logistics.",
  "small_talk reciprocity many_turns",
  {"a": P("Lourdes Rivera"), "b": P("Daniel Rivera"), "c": P("Teresa Rivera")},
  [dm(F, "a b c", [
      ("a", "-3d 18:00", "Ok family, Mamá turns 70 on the 22nd 🎂 lunch at the usual place or at home?"),
      ("b", "+15m", "home, she'll complain about the restaurant prices all afternoon otherwise 😂"),
      ("c", "+20m", "home! I'll do the arroz"),
      (ME, "+1h", "Home. I'll bring the wine and the cake from the Portuguese bakery she likes."),
      ("a", "+5m", "perfect. Dani, chairs from your garage?"),
      ("b", "+30m", "yes yes"),
      ("c", "+2m", "❤️❤️"),
  ], focus=True, title="Rivera family")]),

S("fb-0261", False, "A neighbour says she took in Sam's parcel, Sam says he'll pick it up tonight, and she replies with a thumbs up.",
  "small_talk reciprocity fast_reply",
  {"a": P("Dorothy Pennock")},
  [dm(F, "a", [
      ("a", "-1d 13:20", "Hi Sam, the courier left a big box for you with me, 2nd floor 🙂"),
      (ME, "+4m", "Thank you Dorothy! I'll pop by around 7 if that's ok?"),
      ("a", "+3m", "👍"),
  ], focus=True)]),

S("fb-0262", False, "A school reunion post tags Sam with twenty classmates asking who is coming.",
  "mass_mention small_talk",
  dict(crowd(20, 72), a=P("Rhiannon Bellweather")),
  [th(F, [
      ("a", "-2d 20:00", "CLASS OF 2005!!! 20 years (I know 😱). Reunion Saturday 14 June at the Crown, from 7pm. Tagging everyone I could find, tag the ones I missed! Who's in? 🍻", {"at": ats(20)}),
  ], focus=True)]),

S("fb-0263", False, "A health-insurance broker from an expat group messages Sam to compare policies on a call; a sales pitch.",
  "promotional first_contact keyword_trap",
  {"a": P("Gavin Ellsworth")},
  [dm(F, "a", [
      ("a", "-2d 11:30", "Hi Sam, saw you in the Lisbon Expats group. As a freelancer you're probably overpaying for health cover (most are!). I'm a broker and can compare 12 insurers for you for free. Can I give you a quick call tomorrow to go through your options?"),
  ], focus=True)]),

S("fb-0264", False, "Sam messages a print shop's Page about workbooks and only the Page's automatic reply has answered.",
  "automated",
  {"a": P("PrintHaus Lisboa")},
  [dm(F, "a", [
      (ME, "-1d 10:00", "Hello, could you print 40 A4 workbooks (60 pages, spiral bound) by the 12th? What would it cost?"),
      ("a", "+1m", "Thanks for messaging PrintHaus Lisboa! 🖨️ We typically reply within one business day. Our opening hours are Mon-Fri 9:00-18:00."),
  ], focus=True)]),

S("fb-0265", False, "A startup event sells Sam a sponsorship package and asks to meet to discuss it.",
  "promotional first_contact keyword_trap",
  {"a": P("Beatriz Caldeira")},
  [dm(F, "a", [
      ("a", "-1d 16:10", "Olá Sam! We're organising Lisbon Startup Night in October (300+ founders) and we're looking for partners 🚀 Sponsorship packages start at €500 (logo + shout-out) up to €3,000 (stand + talk). Could we meet for a coffee so I can show you the deck?"),
  ], focus=True)]),

S("fb-0266", False, "Friends pile jokes under Sam's photo of his dog asleep during a workshop, and Sam joins in; banter only.",
  "small_talk reciprocity many_turns",
  {"a": P("Jamie Ferreira-Watts"), "b": P("Keira Oduya")},
  [th(F, [
      (ME, "-1d 17:00", "Today's workshop had one participant who clearly did not find value-based pricing engaging 🐶💤"),
      ("a", "+10m", "honestly same energy as me in every finance meeting"),
      ("b", "+25m", "he's pricing his naps at a premium 😂"),
      (ME, "+30m", "He charges per belly rub. Non-negotiable."),
      ("a", "+5m", "a true consultant"),
  ], focus=True)]),

S("fb-0267", False, "A bookshop that hosted Sam's signing thanks him afterwards with sales numbers; the event is over.",
  "closed thanks_only reciprocity many_turns ask_meeting",
  {"a": P("Livraria Pátio das Letras")},
  [dm(F, "a", [
      ("a", "-12d 11:00", "Hi Sam! Would you do a signing at our shop next Saturday? Could you pop in this week so we can agree the set-up?"),
      (ME, "+3h", "Love to. I'll come by Wednesday afternoon."),
      ("a", "+20m", "Perfect, see you then!"),
      ("a", "-1d 10:30", "Thank you so much for Saturday! We sold 34 copies, a record for a business book here 🎉 Hope to have you back for the next one."),
  ], focus=True)]),

S("fb-0268", False, "A charity's request for pro-bono help with its membership fees has been unanswered for about three months.",
  "ask_help stale first_contact",
  {"a": P("Orla Deveney")},
  [dm(F, "a", [
      ("a", "-88d 14:00", "Hi Sam, I'm on the committee of a community garden association in Benfica. We need to set membership fees for the first time and nobody wants to be the bad guy. Would you be able to help us out, even just a few pointers?"),
  ], focus=True)]),

S("fb-0269", False, "A Marketplace buyer sends the pre-filled 'Is this still available?' about Sam's desk.",
  "automated first_contact",
  {"a": P("Tiago Lameiras")},
  [dm(F, "a", [
      ("a", "-1d 21:14", "Is this still available?"),
  ], focus=True, title="Tiago · Standing desk (oak, 140cm)")]),

S("fb-0270", False, "A recruitment agency offers to fill Sam's hiring needs and asks for a quick call; a sales pitch.",
  "promotional first_contact keyword_trap",
  {"a": P("Harrison Boyle")},
  [dm(F, "a", [
      ("a", "-2d 09:40", "Hi Sam, Harrison from TalentBridge. We help growing consultancies hire analysts and associates in 3 weeks, no fee until they start. Are you hiring this year? Would love a quick call to understand your plans!"),
  ], focus=True)]),

S("fb-0271", False, "A stranger comments under Sam's workshop announcement that he is just another guru selling courses.",
  "hostile first_contact",
  {"a": P("Trevor Padgett")},
  [th(F, [
      (ME, "-2d 12:00", "New dates for the pricing workshop in Porto: 12 and 13 September. Small group, 12 places."),
      ("a", "+5h", "another 'guru' selling courses about selling courses. pathetic"),
  ], focus=True)]),

S("fb-0272", False, "A friend asks which accountant Sam uses, Sam gives the name, and the friend says cheers.",
  "trivial_question thanks_only reciprocity",
  {"a": P("Ellie Marchbanks")},
  [dm(F, "a", [
      ("a", "-70d 20:00", "thanks for the lift home x"),
      ("a", "-2d 12:10", "random q, who's your accountant? mine retired"),
      (ME, "+1h", "Carla Neves at Contas Claras, tell her I sent you."),
      ("a", "+3m", "cheers! 🙏"),
  ], focus=True)]),

S("fb-0273", False, "Sam suggested coffee to an old friend for his London trip three months ago and got no answer; Sam's own ask.",
  "owner_only stale ask_meeting",
  {"a": P("Rupert Achterberg")},
  [dm(F, "a", [
      ("a", "-500d 19:00", "Great to see you at the wedding!"),
      (ME, "-85d 10:00", "Rupert! I'm in London 3-6 next month, coffee one of those days?"),
  ], focus=True)]),

S("fb-0274", False, "An acquaintance sends a one-line birthday wish.",
  "small_talk first_contact",
  {"a": P("Cormac Doolan")},
  [dm(F, "a", [
      ("a", "-0d 05:30", "Happy birthday Sam!! Have a great one 🎉🎂"),
  ], focus=True)]),

S("fb-0275", False, "A stranger claims huge gains with a trading mentor and offers to pass on his WhatsApp; a crypto scam.",
  "spam promotional first_contact",
  {"a": P("Chloe Winterbourne")},
  [dm(F, "a", [
      ("a", "-1d 23:30", "Hi Sam 😊 sorry to bother you, I made $4,300 this week with my bitcoin mentor Mr. Harold and he is taking 3 new students. Do you want his WhatsApp? Life changing honestly 🙏"),
  ], focus=True)]),

S("fb-0276", False, "In Spanish, an aunt posts a good-morning greeting in the family group and relatives answer with emojis.",
  "small_talk emoji_only non_english lang_es",
  {"a": P("Pilar Rivera"), "b": P("Conchi Rivera"), "c": P("Javier Olmedo")},
  [dm(F, "a b c", [
      ("a", "-1d 07:05", "Buenos días familia ☀️☕ Que tengáis un día precioso, os quiero mucho 🌹🌹"),
      ("b", "+10m", "🌹😘"),
      ("c", "+1h", "👍👍"),
  ], focus=True, title="Familia Rivera Olmedo")]),

S("fb-0277", False, "In Spanish, a business coach offers Sam a free 'clarity session' to scale his business.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Anabel Cifuentes")},
  [dm(F, "a", [
      ("a", "-2d 10:30", "¡Hola Sam! 🌟 He visto tu página y me encanta tu energía. Soy mentora de negocios para expertos que quieren facturar 10k/mes sin quemarse. Esta semana regalo 3 sesiones de claridad de 45 minutos. ¿Quieres una? Solo responde SÍ 💫"),
  ], focus=True)]),

S("fb-0278", False, "In French, neighbours in a building group chat sort out a water leak and Sam confirms he'll be home for the plumber.",
  "small_talk reciprocity non_english lang_fr",
  {"a": P("Odile Carpentier"), "b": P("Yann Le Goff")},
  [dm(F, "a b", [
      ("a", "-1d 18:20", "Bonsoir à tous, il y a une fuite au plafond du 1er, le plombier passe demain à 10h. Quelqu'un pourra lui ouvrir le 3e ?"),
      ("b", "+30m", "Je suis au bureau demain, désolé"),
      (ME, "+1h", "Je suis là toute la matinée, je lui ouvre."),
      ("a", "+5m", "Merci Sam 🙏"),
  ], focus=True, title="Immeuble Rua das Flores 12")]),

S("fb-0279", False, "In French, an association asked Sam for a free talk, he declined because he is travelling, and they said no problem.",
  "closed declined reciprocity first_contact non_english lang_fr",
  {"a": P("Sabine Loiseau")},
  [dm(F, "a", [
      ("a", "-6d 11:00", "Bonjour Sam, notre association d'artisanes à Lisbonne aimerait vous inviter à parler de tarifs lors de notre rencontre du 18. C'est bénévole, mais on offre le déjeuner !"),
      (ME, "+4h", "Merci beaucoup Sabine, c'est très gentil, mais je suis à Madrid cette semaine-là. Une autre fois avec plaisir."),
      ("a", "+1h", "Pas de souci, bon voyage et à une prochaine fois ! 😊"),
  ], focus=True)]),

S("fb-0280", False, "In German, a cousin sends hiking photos and says yesterday was lovely; Sam answers and she replies with a heart.",
  "small_talk reciprocity non_english lang_de",
  {"a": P("Katharina Rivera-Hübner")},
  [dm(F, "a", [
      ("a", "-1d 19:30", "War so schön gestern! Hier die Fotos vom Gipfel, du siehst auf allen total fertig aus 😂"),
      (ME, "+40m", "Haha, ich WAR fertig. Danke fürs Mitnehmen!"),
      ("a", "+5m", "❤️"),
  ], focus=True)]),

S("fb-0281", False, "In German, an accounting-software vendor pitches a demo to Sam as a self-employed person.",
  "promotional first_contact keyword_trap non_english lang_de",
  {"a": P("Niklas Brockmann")},
  [dm(F, "a", [
      ("a", "-2d 09:05", "Hallo Sam! Als Selbstständiger kennen Sie das: Belege, Rechnungen, Umsatzsteuer. Mit BuchFix erledigen Sie alles in 10 Minuten pro Woche. Darf ich Ihnen in einer kurzen Online-Demo zeigen, wie das funktioniert? Aktuell 3 Monate gratis!"),
  ], focus=True)]),

S("fb-0282", False, "In Portuguese, the building's condominium group announces the owners' meeting and a neighbour asks about the agenda; 'reunião' here is a building meeting.",
  "small_talk keyword_trap non_english lang_pt",
  {"a": P("Administração Condomínio Rua Ferreira 8"), "b": P("Gracinda Almeida")},
  [dm(F, "a b", [
      ("a", "-2d 18:00", "Boa tarde a todos. A reunião de condomínio será dia 12, às 19h, na garagem. Ordem de trabalhos: obras no telhado e quotas de 2026."),
      ("b", "+40m", "As quotas vão subir outra vez? 😩"),
      ("a", "+1h", "Será discutido na reunião, D. Gracinda."),
  ], focus=True, title="Condomínio Rua Ferreira 8")]),

S("fb-0283", False, "In Portuguese, an online shop's Page sends an automatic shipping notification.",
  "automated non_english lang_pt",
  {"a": P("Casa do Linho Loja Online")},
  [dm(F, "a", [
      ("a", "-1d 14:02", "Olá Sam! A sua encomenda #4821 foi enviada 📦 Pode acompanhar o envio aqui: casadolinho.example/track/4821. Obrigado pela sua compra!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 6 (0284-0323)
S("fb-0284", True, "A neighbour who runs a small bike-repair shop asks Sam, paid, to look at his service prices with him over a coffee.",
  "ask_meeting ask_help",
  {"a": P("Henrique Baptista")},
  [dm(F, "a", [
      ("a", "-60d 18:00", "Sam a tua bicicleta está pronta 🚲"),
      (ME, "+1h", "Obrigado Henrique, passo amanhã!"),
      ("a", "-2d 12:40", "Hi Sam, writing in English for you 😄 I'm thinking of raising my repair prices, first time in 4 years, but I'm scared the regulars will go to the big shop. You do this for work right? Can I buy you a coffee and show you my price list? I will pay you properly, not only the coffee!"),
  ], focus=True)]),

S("fb-0285", True, "Sam's cousin asks for proper advice about a job offer with equity and wants to talk on the phone this weekend.",
  "ask_call ask_help",
  {"a": P("Marisol Rivera")},
  [dm(F, "a", [
      ("a", "-45d 20:00", "feliz cumple primo!! 🎂"),
      (ME, "+2h", "gracias prima ❤️"),
      ("a", "-1d 21:15", "Sam I need your brain. Got an offer from a startup in Austin, lower salary but 0.4% equity, and I have until Tuesday to answer. I have no idea how to value the equity part. Can we talk on the phone this weekend? Sat or Sun, whenever works for you"),
  ], focus=True)]),

S("fb-0286", True, "A local theatre company comments on Sam's post asking if he'd help them rethink their ticket tiers, and follows up after Sam answers.",
  "ask_help first_contact reciprocity indirect_ask",
  {"a": P("Teatro do Largo")},
  [th(F, [
      (ME, "-3d 10:00", "Went to a tiny play in Graça last night. €8 a ticket, 40 seats, full. I left wondering how they survive."),
      ("a", "+5h", "Thank you for coming Sam! Honestly: we barely do 😅 We've been debating pay-what-you-can nights and a season pass. Is that something you'd ever help a small company with?"),
      (ME, "+1h", "Absolutely, I'd love to. Send me a message."),
      ("a", "+30m", "Will do! This is Joana, the producer, I'll write tomorrow."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 11:00", "Hi Sam, Joana from Teatro do Largo. Could we meet at the theatre one afternoon next week? We'd show you the numbers. We can offer a small fee and tickets for life 😄"),
  ], focus=True)]),

S("fb-0287", True, "A friend introduces Sam to a winemaker in a group chat and the winemaker asks to talk about export prices.",
  "introduction first_contact ask_call",
  {"k": P("Beatriz Lobo"), "n": P("Artur Sequeira")},
  [dm(F, "k", [
      ("k", "-120d 19:00", "obrigada pela ajuda com o CV!! consegui a entrevista"),
      (ME, "+1h", "Boa sorte Bea!"),
  ]),
   dm(F, "k n", [
      ("k", "-4d 18:00", "Sam, this is Artur, my uncle's neighbour, he makes amazing wine in the Douro and wants to start exporting. Artur, Sam is the pricing genius I told you about 🍷"),
      ("n", "+1h", "Hello Sam, thank you Beatriz. We have a distributor in Germany asking for a price list and I don't want to give it away too cheap. Could we speak by phone or video this week? I'll of course pay for your advice."),
  ], focus=True, title="Beatriz, Artur and Sam")]),

S("fb-0288", True, "An old school friend, silent for years, asks Sam to speak to the students at the school where she now teaches.",
  "reengagement ask_call",
  {"a": P("Gemma Holloway")},
  [dm(F, "a", [
      ("a", "-1200d 12:00", "Happy Christmas Sam!! x"),
      ("a", "-2d 17:45", "Sam! Hope you're well. Random one: I'm now head of sixth form at our old school (I know!!) and we run a careers week in May. Would you do a 30 min talk about working for yourself? The kids would love someone who actually left town 😂 Could we have a quick call to sort dates?"),
  ], focus=True)]),

S("fb-0289", True, "A Facebook Page for a local yoga studio messages Sam personally asking for help pricing a new membership and proposes a call.",
  "ask_call ask_help first_contact",
  {"a": P("Estúdio Prana Alfama")},
  [dm(F, "a", [
      ("a", "-1d 14:30", "Hi Sam, this is Leonor, owner of Prana (the studio next to the tram stop). We're launching monthly unlimited memberships and I can't decide between €79 and €99, and whether to keep drop-ins. A friend said you help small businesses with exactly this. Could we do a short call? Happy to pay of course."),
  ], focus=True)]),

S("fb-0290", True, "Sam's former flatmate, now a founder, asks on Facebook and on LinkedIn in the same week to talk about an advisory role.",
  "cross_platform ask_call",
  {"a": P("Kwabena Asante", li=True)},
  [dm(F, "a", [
      ("a", "-200d 22:00", "that flat party photo resurfaced 😂"),
      (ME, "+1h", "burn it"),
      ("a", "-2d 20:10", "Seriously though Sam, I sent you a LinkedIn message too: we'd love you as a paid advisor for the next 6 months. Can we call this week?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 09:00", "Hi Sam, formally: we're looking for a pricing advisor (2-4 hours/month, paid plus options) as we launch enterprise plans. Would you be open to a call to discuss?"),
  ], focus=True)]),

S("fb-0291", True, "A community garden group chat asks Sam to help figure out plot fees for the new season, and one member proposes a meeting.",
  "ask_meeting ask_help reciprocity",
  {"a": P("Clara Neves"), "b": P("Duncan Fairweather")},
  [dm(F, "a b", [
      ("a", "-30d 10:00", "Reminder: compost delivery Saturday 🌱"),
      ("b", "-3d 19:00", "So the council cut our grant, we need to charge for plots from spring. No idea what's fair."),
      ("a", "+20m", "Sam does pricing for a living!! Sam could you help us? Maybe we meet at the garden Saturday morning and go through it?"),
      (ME, "+2h", "Of course, happy to help. Saturday 10?"),
      ("b", "+15m", "Brilliant, I'll bring the spreadsheet and the coffee ☕"),
  ], focus=True, title="Horta do Bairro")]),

S("fb-0292", True, "A Marketplace buyer turns out to run a ceramics studio and, after buying Sam's shelves, asks for help with her class prices.",
  "ask_help ask_chat first_contact reciprocity",
  {"a": P("Yolanda Figueira")},
  [dm(F, "a", [
      ("a", "-5d 10:00", "Is this still available?"),
      (ME, "+1h", "Yes! You can pick it up tomorrow after 6."),
      ("a", "-4d 19:30", "Thank you, the shelves look perfect in the studio 🙂 I saw on your profile you're a pricing consultant... I run pottery classes and I think I'm undercharging badly. Could I ask you some questions over a coffee sometime? I'd pay, of course."),
  ], focus=True)]),

S("fb-0293", True, "In Spanish, a friend's sister who runs a language academy asks Sam for a video call about raising course fees.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Rocío Almansa")},
  [dm(F, "a", [
      ("a", "-2d 13:20", "Hola Sam! Soy Rocío, la hermana de Pilar. Ella me dijo que te escribiera 😊 Tengo una academia de idiomas en Sevilla y llevamos 3 años sin subir precios, los profes cobran más y yo no llego. ¿Podríamos hacer una videollamada esta semana o la que viene? Te pago la hora, claro."),
  ], focus=True)]),

S("fb-0294", True, "In Spanish, a Mexican food-truck owner asks Sam about pricing his catering and replies after Sam asks for details.",
  "ask_rates ask_help first_contact reciprocity non_english lang_es",
  {"a": P("Efraín Salgado")},
  [dm(F, "a", [
      ("a", "-5d 22:00", "Buenas Sam, vi tu charla en YouTube. Tengo un food truck en Lisboa y me piden cada vez más catering para eventos. ¿Cuánto cobrarías por ayudarme a armar la lista de precios?"),
      (ME, "+10h", "Hola Efraín! Depende un poco: ¿cuántos eventos al mes y de qué tamaño?"),
      ("a", "-2d 21:40", "Unos 4 al mes, de 50 a 200 personas. Si quieres lo hablamos por teléfono, es más fácil 🌮"),
  ], focus=True)]),

S("fb-0295", True, "In French, a friend asks Sam to come to a workshop day for Lyon artisans and to call her about it.",
  "ask_call non_english lang_fr",
  {"a": P("Solène Margerie")},
  [dm(F, "a", [
      ("a", "-80d 20:00", "Trop bien la photo de Lisbonne ☀️"),
      (ME, "+1h", "Viens quand tu veux !"),
      ("a", "-3d 11:10", "Sam, j'organise une journée pour les artisans de la Croix-Rousse en octobre (tarifs, devis, tout ça). Tu voudrais animer l'atelier de l'après-midi ? On a un petit budget et on paie ton billet. On s'appelle cette semaine pour en parler ?"),
  ], focus=True)]),

S("fb-0296", True, "In German, a sports club chair asks Sam for help with membership fees and suggests meeting during Sam's visit.",
  "ask_meeting ask_help first_contact non_english lang_de",
  {"a": P("Wolfgang Eibl")},
  [dm(F, "a", [
      ("a", "-1d 18:00", "Hallo Herr Rivera, ich bin Vorsitzender vom TSV Gröbenzell. Unsere Mitgliedsbeiträge sind seit 2012 gleich und wir müssen erhöhen, ohne dass uns die Familien weglaufen. Mein Neffe sagt, Sie sind nächste Woche in München. Hätten Sie Zeit für ein Treffen? Wir würden Sie natürlich bezahlen."),
  ], focus=True)]),

S("fb-0297", True, "In Portuguese, a Porto bookshop owner asks Sam to present his book there and proposes a call to plan it.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Livraria Gato Preto")},
  [dm(F, "a", [
      ("a", "-2d 15:00", "Olá Sam! Sou o Miguel, da Livraria Gato Preto no Porto. Os nossos clientes andam a pedir o teu livro e gostávamos muito de fazer uma apresentação cá em junho. Podemos falar ao telefone esta semana para combinar?"),
  ], focus=True)]),

# ---- negatives
S("fb-0298", False, "A long family group chat about a birthday lunch; logistics and photos, nobody asks Sam for anything.",
  "small_talk reciprocity many_turns",
  {"a": P("Teresa Rivera"), "b": P("Miguel Rivera"), "c": P("Lupe Rivera")},
  [dm(F, "a b c", [
      ("a", "-3d 10:00", "Domingo comida para los 80 de la abuela!! 🎉 quién viene?"),
      ("b", "+20m", "yo + 2"),
      ("c", "+1h", "nosotros 4, llevo el flan"),
      (ME, "+2h", "Yo llego el sábado, cuenten conmigo 🙌"),
      ("a", "-1d 19:00", "Perfecto, a la 1 en casa. Sam trae vino portugués 🍷"),
  ], focus=True, title="Familia Rivera")]),

S("fb-0299", False, "A neighbour asks whether Sam's parcel arrived; Sam says yes and it's over.",
  "trivial_question small_talk reciprocity",
  {"a": P("Dona Amélia Pires")},
  [dm(F, "a", [
      ("a", "-200d 12:00", "Sam obrigada pelas flores ❤️"),
      ("a", "-2d 11:00", "Sam recebeu a encomenda? Deixei com o porteiro"),
      (ME, "+1h", "Recebi sim, muito obrigado D. Amélia!"),
      ("a", "+10m", "👍"),
  ], focus=True)]),

S("fb-0300", False, "Marketplace's pre-filled 'Is this still available?' about Sam's old bike, with nothing more.",
  "automated first_contact",
  {"a": P("Rafael Cunha")},
  [dm(F, "a", [
      ("a", "-1d 20:00", "Is this still available?"),
  ], focus=True)]),

S("fb-0301", False, "A former colleague messages 'hey hun' to recruit Sam into a wellness business with a quick call.",
  "promotional spam reengagement keyword_trap",
  {"a": P("Kayleigh Thorne")},
  [dm(F, "a", [
      ("a", "-900d 12:00", "congrats on the new job!!"),
      ("a", "-2d 21:00", "hey hun!! 💕 long time! I've been loving my new side business in wellness and I instantly thought of you, you'd be AMAZING at it. Can we hop on a quick call so I can tell you more? No pressure xx"),
  ], focus=True)]),

S("fb-0302", False, "A Page auto-reply from a restaurant after Sam asked about a booking.",
  "automated",
  {"a": P("Tasca do Zé")},
  [dm(F, "a", [
      (ME, "-1d 19:00", "Olá, têm mesa para 4 no sábado às 20h?"),
      ("a", "+1m", "Obrigado pela sua mensagem! Respondemos normalmente dentro de 24 horas. Para reservas ligue 21 000 0000."),
  ], focus=True)]),

S("fb-0303", False, "Friends joke in the comments of Sam's holiday photo; warm banter, nothing to continue.",
  "small_talk reciprocity fast_reply",
  {"a": P("Ollie Brannigan")},
  [th(F, [
      (ME, "-2d 18:00", "Azores. No signal. Best pricing decision I made this year."),
      ("a", "+5m", "who is this man and what has he done with Sam"),
      (ME, "+3m", "He's on holiday, leave a message"),
      ("a", "+2m", "🤣 enjoy mate"),
  ], focus=True)]),

S("fb-0304", False, "Someone tags Sam and many others in a post inviting them to like a new Page.",
  "mass_mention promotional",
  dict(crowd(14, 90), a=P("Bruno Valente")),
  [th(F, [
      ("a", "-1d 12:00", "Friends!! My new photography page is live 📸 please like and share, it means a lot 🙏", {"at": ats(14)}),
  ], focus=True)]),

S("fb-0305", False, "A friend asked Sam to call about her shop prices, they talked, and she thanks him; closed.",
  "closed thanks_only ask_call reciprocity",
  {"a": P("Priscila Moura")},
  [dm(F, "a", [
      ("a", "-12d 10:00", "Sam can we call this week about the shop? prices are killing me"),
      (ME, "+1h", "Sure, Thursday 6pm?"),
      ("a", "+5m", "💜"),
      ("a", "-7d 21:00", "Thank you SO much for last night. I changed the prices today already. Drinks on me next time!"),
  ], focus=True)]),

S("fb-0306", False, "A local café owner asked for a meeting three months ago and never replied to Sam's proposed dates; stale.",
  "stale ask_meeting reciprocity first_contact",
  {"a": P("Gustavo Pimentel")},
  [dm(F, "a", [
      ("a", "-95d 15:00", "Hi Sam, could we meet to talk about our brunch menu prices?"),
      (ME, "+3h", "Hi Gustavo, sure. Next Tuesday or Wednesday morning?"),
  ], focus=True)]),

S("fb-0307", False, "A romance scammer sends a generic friendly message to a stranger.",
  "spam first_contact",
  {"a": P("Sgt. Mark Whitfield")},
  [dm(F, "a", [
      ("a", "-1d 02:00", "Hello dear, I came across your profile and you seem like a kind gentleman. I am a US soldier on deployment. Can we chat more privately?"),
  ], focus=True)]),

S("fb-0308", False, "Sam asked an old friend if he wanted to grab lunch two months ago and never heard back.",
  "owner_only stale ask_meeting",
  {"a": P("Reuben Castellanos")},
  [dm(F, "a", [
      ("a", "-500d 12:00", "haha classic"),
      (ME, "-70d 11:00", "Reuben! I'm in Madrid next month, lunch?"),
  ], focus=True)]),

S("fb-0309", False, "A birthday message and emoji exchange with an aunt.",
  "small_talk reciprocity",
  {"a": P("Tía Concha")},
  [dm(F, "a", [
      ("a", "-1d 08:00", "Feliz cumpleaños mi niño!! 🎂🎉 que Dios te bendiga"),
      (ME, "+3h", "Gracias tía ❤️❤️"),
      ("a", "+10m", "😘😘"),
  ], focus=True)]),

S("fb-0310", False, "A social-media agency sends a Page message offering to grow Sam's audience with a free strategy call.",
  "promotional first_contact keyword_trap",
  {"a": P("Amplify Reach Studio")},
  [dm(F, "a", [
      ("a", "-2d 09:00", "Hi Sam! We love your content. We help thought leaders grow to 50k followers in 90 days. Book your free strategy call here: amplifyreach.example/book 🚀"),
  ], focus=True)]),

S("fb-0311", False, "A neighbour says 'let's call it a day' in the building group after a noisy repair; nobody asks Sam anything.",
  "small_talk keyword_trap",
  {"a": P("Fernando Quaresma"), "b": P("Inês Barreto")},
  [dm(F, "a b", [
      ("b", "-2d 17:00", "O elevador já funciona?"),
      ("a", "+30m", "Ainda não, o técnico disse que hoje não dá. Let's call it a day, amanhã volta às 9."),
      (ME, "+1h", "Obrigado pela info Fernando"),
  ], focus=True, title="Prédio Rua dos Anjos 14")]),

S("fb-0312", False, "A person asked for Sam's help with a quote, Sam said he's fully booked and referred her, and she said no worries.",
  "closed declined ask_help reciprocity first_contact",
  {"a": P("Morag Findlay")},
  [dm(F, "a", [
      ("a", "-6d 14:00", "Hi Sam, could you help me price a big commission for a hotel? Happy to pay."),
      (ME, "+4h", "Hi Morag, I'm fully booked until September, sorry. Try Rita Solano, she's great with creative commissions."),
      ("a", "+30m", "No worries at all, thanks for the tip! Will contact her."),
  ], focus=True)]),

S("fb-0313", False, "A Facebook event reminder for a pricing meetup Sam joined.",
  "automated",
  {"a": P("Lisbon Founders Meetup")},
  [dm(F, "a", [
      ("a", "-0d 05:00", "Reminder: 'Pricing for Marketplaces' is tomorrow at 19:00 at Second Home. You're going."),
  ], focus=True)]),

S("fb-0314", False, "A cousin comments a heart on Sam's post.",
  "emoji_only",
  {"a": P("Lucas Rivera")},
  [dm(F, "a", [
      ("a", "-300d 12:00", "primo! en Lisboa en agosto?"),
  ]),
   th(F, [
      (ME, "-1d 12:00", "The book turns one today. Thank you to everyone who read it."),
      ("a", "+1h", "❤️"),
  ], focus=True)]),

S("fb-0315", False, "In Spanish, a group of old university friends plan a reunion dinner and one says 'ya hablamos'; small talk.",
  "small_talk keyword_trap reciprocity non_english lang_es",
  {"a": P("Maite Urquiza"), "b": P("Jorge Pardiñas")},
  [dm(F, "a b", [
      ("a", "-3d 20:00", "Chicos, cena de los 15 años de la facultad en noviembre!! Sam vienes desde Lisboa?"),
      (ME, "+1h", "Si me dais la fecha pronto, ahí estaré"),
      ("b", "+20m", "El 22 probablemente. Ya hablamos, que me voy a dormir 😴"),
  ], focus=True, title="Económicas 2011")]),

S("fb-0316", False, "In Spanish, an insurance broker from Sam's hometown writes to sell a pension plan and proposes a call.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Ramiro Aguado Seguros")},
  [dm(F, "a", [
      ("a", "-2d 11:00", "Hola Sam! Como autónomo, ¿tienes tu jubilación cubierta? 🤔 Tengo planes de pensiones con ventajas fiscales para autónomos en el extranjero. ¿Te llamo 10 minutos y te lo cuento?"),
  ], focus=True)]),

S("fb-0317", False, "In French, a friend shares a photo of her cat ('mon chat') under Sam's post; a keyword trap.",
  "small_talk keyword_trap reciprocity non_english lang_fr",
  {"a": P("Anaïs Duplessis")},
  [dm(F, "a", [
      ("a", "-400d 12:00", "Bises de Nantes !"),
  ]),
   th(F, [
      (ME, "-2d 09:00", "Nouveau bureau à la maison. Productivité : incertaine."),
      ("a", "+1h", "Mon chat a le même avis sur mon bureau, il dort dessus 😹"),
      (ME, "+20m", "Le mien aussi, c'est le vrai patron"),
  ], focus=True)]),

S("fb-0318", False, "In French, a stranger asks in a comment what time Sam's live video starts and gets a one-line answer.",
  "trivial_question reciprocity first_contact non_english lang_fr",
  {"a": P("Mathilde Vasseur")},
  [th(F, [
      (ME, "-1d 09:00", "Live jeudi sur les augmentations de prix pour les indépendants."),
      ("a", "+2h", "À quelle heure ?"),
      (ME, "+10m", "18h heure de Paris."),
  ], focus=True)]),

S("fb-0319", False, "In German, a friend talks about last night's 'Treffen' with old classmates; nothing for Sam to do.",
  "small_talk keyword_trap reciprocity non_english lang_de",
  {"a": P("Jannik Oberländer")},
  [dm(F, "a", [
      ("a", "-150d 12:00", "Frohes neues Jahr!"),
      ("a", "-1d 22:00", "Das Treffen gestern mit den Jungs aus der Schule war legendär, schade, dass du nicht da warst! Fotos kommen 📸"),
      (ME, "+30m", "Nächstes Mal bin ich dabei! Grüße an alle"),
  ], focus=True)]),

S("fb-0320", False, "In German, a bank Page sends an automated notice about new terms.",
  "automated non_english lang_de",
  {"a": P("Nordbank Kundenservice")},
  [dm(F, "a", [
      ("a", "-2d 07:00", "Wichtige Information: Unsere Allgemeinen Geschäftsbedingungen ändern sich zum 1. des Monats. Details unter nordbank.example/agb. Dies ist eine automatische Nachricht."),
  ], focus=True)]),

S("fb-0321", False, "In Portuguese, a neighbour thanks Sam for lending a ladder.",
  "thanks_only reciprocity non_english lang_pt",
  {"a": P("Sr. Joaquim Lopes")},
  [dm(F, "a", [
      ("a", "-60d 10:00", "Bom dia vizinho"),
      ("a", "-2d 18:00", "Sam já devolvi o escadote, deixei à sua porta. Muito obrigado!"),
      (ME, "+1h", "De nada Sr. Joaquim!"),
  ], focus=True)]),

S("fb-0322", False, "In Portuguese, a cousin's friend asked for help with prices six weeks ago and then said she had sorted it herself.",
  "closed stale reciprocity first_contact non_english lang_pt",
  {"a": P("Carolina Serpa")},
  [dm(F, "a", [
      ("a", "-50d 14:00", "Olá Sam, sou amiga da Rita. Podíamos falar sobre os preços da minha loja online?"),
      (ME, "+3h", "Olá Carolina, claro. Esta semana tenho quinta livre."),
      ("a", "-45d 10:00", "Afinal já resolvi com a ajuda de uma amiga, mas obrigada na mesma! 😊"),
  ], focus=True)]),

S("fb-0323", False, "In Portuguese, a Page running a contest tags Sam with more than ten people.",
  "mass_mention promotional non_english lang_pt",
  dict(crowd(11, 93), a=P("Pastelaria Doce Lar")),
  [th(F, [
      ("a", "-1d 10:00", "🎉 PASSATEMPO: ganhe uma caixa de pastéis de nata! Identifique 3 amigos e partilhe. Já participaram:", {"at": ats(11)}),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 7: an ordinary month, typed the way people type
S("fb-0324", True, "A friend of a gym acquaintance who grooms dogs from a van asks, over three messages, to run her price list by Sam on a short paid phone call.",
  "ask_feedback ask_call first_contact typo",
  {"a": P("Kerry-Ann Doyle")},
  [dm(F, "a", [
      ("a", "-1d 20:05", "hi sam"),
      ("a", "+1m", "hope its ok to msg, got ur name from marta at the gym 🙂"),
      ("a", "+2m", "i do dog grooming from a van (lisbon + cascais) and im pretty sure my prices are a joke.. full groom is 35€ and its been the same since 2021. could i run my price list by u? even 15 min on the phone wud help loads, i can pay ofc"),
  ], focus=True)]),

S("fb-0325", True, "An old friend silent for three years has taken over her parents' small hotel and asks for a paid video call about booking-site commissions and room prices.",
  "reengagement ask_call ask_help",
  {"a": P("Imogen Treharne")},
  [dm(F, "a", [
      ("a", "-1150d 21:00", "congrats on the book!!! so proud of u x"),
      (ME, "+1d", "Thank you Imogen!! x"),
      ("a", "-2d 10:40", "omg sam hi!! ok random but hear me out. me and tom have taken over my parents' little hotel near tavira (14 rooms) and the booking sites are eating like 18% of everything. you're literally the only pricing person i know 😂 could we do a video call sometime next week? i'd pay u properly, not in cake"),
  ], focus=True)]),

S("fb-0326", True, "A friend adds Sam and her brother to a group chat, and the brother, who runs a cleaning company, asks for Sam's day rate.",
  "introduction first_contact ask_rates",
  {"k": P("Nadia Haddou"), "n": P("Tariq Haddou")},
  [dm(F, "k", [
      ("k", "-180d 13:00", "thanks for dinner!! the bacalhau was unreal"),
      (ME, "+2h", "Anytime Nadia 😊"),
  ]),
   dm(F, "k n", [
      ("k", "-3d 18:30", "Nadia Haddou added Sam Rivera and Tariq Haddou to the group."),
      ("k", "+1m", "ok you two!! sam, tariq is my little brother, he just started a cleaning company (offices + airbnbs) and he's pricing everything per hour which i KNOW is wrong lol. tariq, sam is the genius. go"),
      ("n", "+2h", "haha thanks sis. hi sam! yeah she's right. we have 6 cleaners now and some airbnb hosts want a fixed price per turnover. whats your day rate for something like this? or do u work per project"),
  ], focus=True, title="Nadia, Tariq and Sam")]),

S("fb-0327", True, "A volunteer charity shop comments under Sam's post asking him to come and give pricing pointers, Sam agrees, and they message to fix a morning.",
  "ask_help ask_meeting first_contact reciprocity",
  {"a": P("Loja Solidária Anjos")},
  [th(F, [
      (ME, "-4d 11:00", "Dropped three bags of books at the charity shop on Rua dos Anjos. Their pricing is glorious chaos: a hardback atlas for €1, a paperback thriller for €6."),
      ("a", "+3h", "Sam thank you for the books!! 😅 and yes... the chaos is real, we're all volunteers and nobody knows what to charge. would you ever pop in and give us some pointers? we'd be so grateful"),
      (ME, "+45m", "Of course! Send me a message and we'll find a time."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 10:00", "Hi Sam, it's Fiona from the shop 🙂 we're open Tue-Sat 10-6. Could you come by one morning next week? Coffee and first pick of the books on us!"),
  ], focus=True)]),

S("fb-0328", True, "A former workshop participant, quiet for a year and a half, asks for Sam's honest take on a job offer versus going freelance over lunch this week.",
  "reengagement ask_meeting ask_help",
  {"a": P("Bartek Nowicki")},
  [dm(F, "a", [
      ("a", "-520d 18:00", "Thanks for the workshop today, my brain hurts in a good way"),
      (ME, "+1h", "Ha, that's the goal. Thanks for coming Bartek!"),
      ("a", "-1d 21:50", "hey sam, hope you're good! bit of a personal one. I've been offered a head of pricing role at a scale-up but part of me wants to go freelance like you did. I'd really value 30 min of your honest take before I answer on friday. lunch on me if you're free this week? no worries if not"),
  ], focus=True)]),

S("fb-0329", True, "Someone tags Sam in an expat-group post about pricing a new wine bar, Sam answers, and he follows up by message asking for a paid coffee meeting.",
  "ask_meeting first_contact reciprocity",
  {"a": P("Colm Finnegan")},
  [th(F, [
      ("a", "-3d 12:00", "Anyone know someone good with pricing for a small wine bar? My partner and I are opening in Campo de Ourique in May and we're going round in circles on by-the-glass markups. Sam Rivera I think you do this kind of thing?"),
      (ME, "+1h", "I do! Happy to help, send me a message."),
      ("a", "+10m", "amazing, will do tonight 🍷"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 19:30", "Hi Sam, Colm from the expat group. Thanks for replying! Could we grab a coffee next week? Happy to come to you, and obviously we'd pay for your time."),
  ], focus=True)]),

S("fb-0330", True, "An Irish podcast host invites Sam on her show by Messenger and tweets at him the same day in case the message went to requests, asking for a call first.",
  "cross_platform first_contact ask_call",
  {"a": P("Siobhán Crowley", tw="siobhan_shopfloor")},
  [dm(F, "a", [
      ("a", "-2d 13:20", "Hi Sam! Siobhán here, I host a podcast called Shopfloor for small shop owners in Ireland (~5k listeners). Would you come on to talk about raising prices without scaring off regulars? We record over Zoom. Could we have a quick call first? I sent you a tweet too in case Messenger hides me in requests 🙈"),
  ], focus=True),
   th(T, [
      ("a", "-2d 13:35", "hi! sent you a message on facebook about coming on the Shopfloor podcast, in case it landed in your message requests 🙏"),
  ], focus=True)]),

S("fb-0331", True, "A community-choir director writes a long message about their first ticketed concerts, and in the middle asks for half an hour of help with prices.",
  "ask_help indirect_ask first_contact",
  {"a": P("Ingrid Marçal")},
  [dm(F, "a", [
      ("a", "-3d 16:15", "Hello Sam! I hope you don't mind me writing out of the blue, I got your name from Teresa at the choir (she sings alto, she says hi). So I direct a community choir in Estoril, about 60 singers, all ages, and every December we do three concerts at the church, always free with a donations box. This year the parish wants us to cover the heating and the piano hire, around €2,000, so we'll have to sell tickets for the first time and people are already arguing about it in the WhatsApp group 😅 Would you have half an hour at some point to help us figure out what to charge and whether to keep some seats free? We can't pay much but we can pay something, and you'd get the best seats obviously. Anyway, the concerts are 12, 13 and 14 December and rehearsals are Tuesday evenings if you ever want to hear us. Thank you and sorry for the essay!"),
  ], focus=True)]),

S("fb-0332", True, "A friend who just opened a ceramics shop asks about her prices in a fast back-and-forth and then asks for a proper sit-down over coffee on Saturday.",
  "ask_meeting ask_help reciprocity many_turns fast_reply",
  {"a": P("Becca Holmgren")},
  [dm(F, "a", [
      ("a", "-60d 20:00", "haha that video 😂"),
      ("a", "-1d 19:02", "ok sam i finally opened the etsy shop 🎉 (ceramics!!)"),
      (ME, "+3m", "Amazing!! Send me the link"),
      ("a", "+1m", "etsy.example/shop/beccamakes . be honest. are my prices insane"),
      (ME, "+6m", "They're low. €18 for a hand-thrown mug is below what your time costs. What do you spend per mug on clay and firing?"),
      ("a", "+4m", "like 4€? but it takes me a whole afternoon for 6 mugs"),
      ("a", "+2m", "ok i think i need to actually sit down with u on this properly. coffee saturday?? i'll bring a mug as payment lol"),
  ], focus=True)]),

S("fb-0333", True, "A student entrepreneurship club asks Sam, emoji and all, to give an unpaid talk at their founders week and to call this week to set it up.",
  "ask_call first_contact",
  {"a": P("Afonso Rebelo")},
  [dm(F, "a", [
      ("a", "-2d 12:30", "hiii sam 👋 im afonso from the entrepreneurship club at the uni. we're doing a founders week 3-7 march and we'd LOVE u to do a 30 min talk on pricing your first product 🙏🙏 no fee sadly but pizza is guaranteed 🍕 could we call this week to see if it works?"),
  ], focus=True)]),

S("fb-0334", True, "A wedding photographer asks what Sam would charge to review her three packages, Sam outlines a session, and she asks to do it before a bridal fair.",
  "ask_rates ask_feedback first_contact reciprocity",
  {"a": P("Danielle Ashworth-Pinto")},
  [dm(F, "a", [
      ("a", "-2d 22:30", "hi sam! saw ur post in the freelancers group. how much would u charge to look over my wedding photography packages? i have 3 (bronze/silver/gold lol) and literally nobody ever picks the middle one 😩"),
      (ME, "+10h", "Hi Danielle! A one-off package review is usually a 90-minute session, happy to send details. Classic middle-option problem 😄"),
      ("a", "-1d 19:10", "yes pls send!! and could we do it before the 15th? i have a bridal fair that weekend"),
  ], focus=True)]),

S("fb-0335", True, "In Portuguese and by voice dictation without punctuation, a boat-tour operator in Lagos referred by a friend asks to talk by phone about pricing his new boat.",
  "ask_call first_contact typo non_english lang_pt",
  {"a": P("Rui Fragoso")},
  [dm(F, "a", [
      ("a", "-2d 18:20", "ola sam e o rui dos passeios de barco em lagos estou a escrever por voz desculpa os erros o teu amigo andré disse que tu percebes de preços nos este ano temos um barco novo maior e nao sei se cobro o mesmo que no pequeno ou mais ou se faço pacotes com almoço podemos falar ao telefone uma destas tardes obrigado abraço"),
  ], focus=True)]),

S("fb-0336", True, "In Spanish, over three messages with typos, a Valencia pastry-shop owner sent by a friend asks if she can call Sam and what he charges.",
  "ask_call ask_rates first_contact typo non_english lang_es",
  {"a": P("Maite Serrano Gil")},
  [dm(F, "a", [
      ("a", "-2d 16:45", "Hola Sam!! soy amiga de Carla Benet, me paso tu contacto 😊"),
      ("a", "+1m", "Tengo una pasteleria en Valencia y quiero empezar a vender tartas por encargo a restaurantes pero no tengo ni idea de q precio ponerles, x ahora les cobro lo mismo q en tienda 🙈"),
      ("a", "+2m", "Te puedo llamar un dia de estos? y dime cuanto cobras x la consulta porfa"),
  ], focus=True)]),

S("fb-0337", True, "In French, a Brussels parent-run daycare association asks Sam for his opinion on a new income-based fee scale and for an hour-long paid call.",
  "ask_feedback ask_call first_contact non_english lang_fr",
  {"a": P("Marie-Claude Verhaegen")},
  [dm(F, "a", [
      ("a", "-3d 09:40", "Bonjour Sam, je me permets de vous contacter de la part de l'ASBL Les Petits Pas à Bruxelles, on gère deux crèches parentales. Nos tarifs dépendent des revenus des familles mais la grille date de 2015 et elle est devenue injuste pour les familles du milieu. On aimerait avoir votre avis sur une nouvelle grille avant l'assemblée générale du mois prochain. Seriez-vous d'accord pour un appel d'une heure ? On peut vous rémunérer modestement. Bien à vous, Marie-Claude"),
  ], focus=True)]),

S("fb-0338", True, "In German, over three casual messages, the brother of a former workshop participant asks for a paid call about his ski school's chaotic prices.",
  "ask_call ask_help first_contact typo non_english lang_de",
  {"a": P("Vinzenz Hofer")},
  [dm(F, "a", [
      ("a", "-3d 21:00", "servus sam 👋"),
      ("a", "+1m", "du kennst mich nicht, bin der bruder von der lena (die aus deinem workshop in wien)"),
      ("a", "+3m", "wir haben ne skischule im zillertal, 22 lehrer, und seit corona sind unsere preise ein totales chaos, jeder kurs hat nen anderen rabatt. lena meint du könntest helfen. hast du mal zeit für nen call? gern auch bezahlt natürlich"),
  ], focus=True)]),

S("fb-0339", True, "In Portuguese, a Coimbra restaurant owner referred by a course participant explains her menu problem after Sam answers and asks for a paid phone call.",
  "ask_call first_contact reciprocity non_english lang_pt",
  {"a": P("Graça Teixeira")},
  [dm(F, "a", [
      ("a", "-4d 15:00", "Olá Sam, desculpa a mensagem assim do nada. Sou a Graça, tenho um restaurante em Coimbra com o meu marido e a Sofia (do teu curso online) disse-me para falar contigo."),
      (ME, "+2h", "Olá Graça! Claro, diz-me o que se passa."),
      ("a", "+30m", "Os custos subiram imenso e temos medo de mexer nos preços do menu do dia, os clientes são quase todos da casa. Podíamos falar ao telefone esta semana? Pago a consulta, obviamente."),
  ], focus=True)]),

# ---- negatives
S("fb-0340", False, "An acquaintance resurfaces after two years with a 'hey lovely' message about a skincare business and offers a video chat; an MLM pitch.",
  "promotional spam reengagement keyword_trap",
  {"a": P("Shannon Prewitt")},
  [dm(F, "a", [
      ("a", "-800d 12:00", "happy bday!!"),
      ("a", "-2d 21:40", "hiii lovely!! 💕 random msg but are you open to hearing about something that's honestly changed my life? 🌿 i've been working with an amazing natural skincare brand from home and i just KNOW you'd smash it. i can send u a quick voice note or we could video chat? no pressure xx"),
  ], focus=True)]),

S("fb-0341", False, "A friend posts birthday wishes on Sam's timeline and Sam thanks her.",
  "small_talk reciprocity",
  {"a": P("Aoife Brannelly")},
  [th(F, [
      ("a", "-1d 08:05", "happy birthday sam!!! 🎂🥳 hope lisbon is treating u well, have a massive one x"),
      (ME, "+3h", "Thank you Aoife!! x"),
  ], focus=True)]),

S("fb-0342", False, "A friend answers Sam's photo from the market with laughing emoji only.",
  "emoji_only small_talk reciprocity",
  {"a": P("Guto Llewellyn")},
  [dm(F, "a", [
      ("a", "-90d 22:00", "home safe, cheers for tonight"),
      (ME, "-1d 18:00", "Look who I ran into at the market 😂"),
      ("a", "+7m", "😂😂😂🙌"),
  ], focus=True)]),

S("fb-0343", False, "A friend asks for a lunch spot near her meeting, Sam names one, and she says thanks; the meeting is hers, not with Sam.",
  "trivial_question thanks_only keyword_trap reciprocity",
  {"a": P("Priti Chandran")},
  [dm(F, "a", [
      ("a", "-3d 12:00", "any good lunch spots near saldanha? got a meeting there thurs"),
      (ME, "+30m", "Try Cantinho do Bem, cheap and very good."),
      ("a", "+5m", "thanks!!"),
  ], focus=True)]),

S("fb-0344", False, "Neighbours in the building's group chat discuss the residents' meeting and the lift company's quote; logistics, nobody asks Sam for his work.",
  "small_talk keyword_trap reciprocity many_turns",
  {"a": P("Lurdes Pimenta"), "b": P("Henrik Aasland"), "c": P("Carla Teles Brás")},
  [dm(F, "a b c", [
      ("a", "-3d 19:00", "hi all, reminder the residents meeting is thursday 7pm in the lobby, we need to vote on the lift repair 🙄"),
      ("b", "+10m", "can someone take notes for me, im away"),
      (ME, "+1h", "I'll be there, can take notes"),
      ("a", "+5m", "thank u sam!! 🙏"),
      ("c", "-1d 20:00", "quote from the lift company came in, €14k 😱 see u all thurs"),
  ], focus=True, title="Rua das Flores 27")]),

S("fb-0345", False, "A friend tags fifteen people, Sam included, in a post about his charity half-marathon.",
  "mass_mention small_talk",
  dict(crowd(15, 173), a=P("Declan Moriarty")),
  [th(F, [
      ("a", "-1d 20:00", "ok i've done it, signed up for the lisbon half for the children's hospital 🏃‍♂️😬 tagging everyone who said they'd sponsor me, no backing out now!!", {"at": ats(15)}),
  ], focus=True)]),

S("fb-0346", False, "A gym's Page auto-replies to Sam's question about a drop-in price.",
  "automated",
  {"a": P("Forja CrossFit Alcântara")},
  [dm(F, "a", [
      (ME, "-1d 18:20", "Hi, do you have a drop-in price for visitors?"),
      ("a", "+1m", "Hi Sam! 💪 Thanks for getting in touch with Forja CrossFit. We'll get back to you as soon as possible. Meanwhile, check our schedule at forja.example/horario"),
  ], focus=True)]),

S("fb-0347", False, "A friendly-sounding web designer says Sam's site is slow on mobile and offers a free audit over a quick chat; a seller.",
  "promotional first_contact keyword_trap",
  {"a": P("Jordy Klaassen")},
  [dm(F, "a", [
      ("a", "-2d 14:10", "hey sam! love your page 😊 quick one, ur website loads kinda slow on mobile (like 6 sec). i fix that kinda stuff for small businesses, could do a free audit for u! wanna hop on a quick chat this week?"),
  ], focus=True)]),

S("fb-0348", False, "An event Page sends an automated reminder about a freelancers' meetup Sam marked as interested.",
  "automated",
  {"a": P("Lisbon Freelancers Meetup")},
  [dm(F, "a", [
      ("a", "-1d 07:00", "Reminder: Lisbon Freelancers Meetup #42 starts tomorrow at 19:00 at the Hub, Cais do Sodré. You're marked as Interested. Reply STOP to stop reminders."),
  ], focus=True)]),

S("fb-0349", False, "A stranger mocks Sam's workshop announcement and tells him to call when he gets a real job; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Wayne Trotter")},
  [th(F, [
      (ME, "-2d 09:30", "New workshop date: pricing for makers and crafters, 14 June, Porto."),
      ("a", "+2h", "lol 'pricing consultant'. imagine charging people to tell them to charge more. call me when u get a real job"),
  ], focus=True)]),

S("fb-0350", False, "A friend asked for coffee about her holiday-flat prices, they met, and she thanks Sam with the result; closed.",
  "closed thanks_only ask_meeting reciprocity",
  {"a": P("Ruth Calloway")},
  [dm(F, "a", [
      ("a", "-100d 21:00", "see u at the quiz!"),
      ("a", "-10d 20:00", "sam could we grab a coffee this week? i think im undercharging for the airbnb and i want ur eyes on it"),
      (ME, "+1h", "Sure! Wednesday 10am at the usual place?"),
      ("a", "+3m", "👌"),
      ("a", "-6d 17:30", "thank u for the coffee AND the spreadsheet!! already bumped the weekend price and got a booking at the new rate 🙌 ur the best"),
  ], focus=True)]),

S("fb-0351", False, "A furniture restorer asked Sam for help with his quotes, Sam said he is fully booked and referred him, and he said no worries; declined.",
  "closed declined ask_help reciprocity first_contact",
  {"a": P("Wendell Okoye")},
  [dm(F, "a", [
      ("a", "-6d 11:00", "Hi Sam, I run a small furniture restoration business and I'm hoping you could help me sort out my quotes, could you fit me in this month?"),
      (ME, "+5h", "Hi Wendell, thanks for thinking of me! I'm fully booked until September, but Inês Pardal at the Makers Guild runs great pricing clinics."),
      ("a", "+1h", "No worries at all, I'll get in touch with her. Thanks for the tip!"),
  ], focus=True)]),

S("fb-0352", False, "Ten weeks ago a café owner wrote under Sam's post that she would love to pick his brain, Sam said to message him, and she never did; stale.",
  "stale ask_chat reciprocity first_contact",
  {"a": P("Odete Salgueiro")},
  [th(F, [
      (ME, "-70d 09:00", "Spent the morning watching how people order at a bakery counter. The most expensive item sells best when it's in the middle of the display."),
      ("a", "+3h", "would love to pick your brain about our café sometime!"),
      (ME, "+30m", "Sure, send me a message anytime."),
  ], focus=True)]),

S("fb-0353", False, "Sam messaged a former client almost three months ago proposing a catch-up call about her menu prices; no reply.",
  "owner_only stale ask_call",
  {"a": P("Helena Sarmento")},
  [dm(F, "a", [
      ("a", "-480d 10:00", "the new menu prices are live, thanks Sam!!"),
      (ME, "-85d 11:00", "Hi Helena! It's been a year since the new menu, would you be up for a quick call to see how it's going? Curious about the numbers."),
  ], focus=True)]),

S("fb-0354", False, "A Marketplace buyer opens with the pre-filled question and haggles over Sam's lamp; pickup logistics, nothing to call about.",
  "automated small_talk reciprocity many_turns fast_reply first_contact",
  {"a": P("Sérgio Lobato")},
  [dm(F, "a", [
      ("a", "-2d 10:00", "Is this still available?"),
      (ME, "+20m", "Yes it is!"),
      ("a", "+4m", "would u take 40 for it?"),
      (ME, "+3m", "45 and it's yours"),
      ("a", "+2m", "deal. can i pick up saturday morning?"),
      (ME, "+5m", "Saturday 10am works, I'll send the address."),
  ], focus=True)]),

S("fb-0355", False, "A friend asks for the name of Sam's accountant, Sam gives it, and she says thanks.",
  "trivial_question thanks_only reciprocity",
  {"a": P("Jess Whitfield")},
  [dm(F, "a", [
      ("a", "-2d 14:00", "whats the name of that accountant u use? mine just retired 😭"),
      (ME, "+20m", "Rita at Contas Claras, tell her I sent you."),
      ("a", "+2m", "ty legend"),
  ], focus=True)]),

S("fb-0356", False, "In Spanish, Sam's mother says her flight went well and 'te llamo luego'; family small talk, not an ask.",
  "small_talk keyword_trap reciprocity non_english lang_es",
  {"a": P("Consuelo Rivera")},
  [dm(F, "a", [
      ("a", "-1d 19:00", "hijo ya llegué a casa, el vuelo bien 😘"),
      (ME, "+10m", "¡Qué bien mamá, descansa!"),
      ("a", "+5m", "te llamo luego q ahora estoy con tu tía, besos"),
  ], focus=True)]),

S("fb-0357", False, "In Spanish, an old classmate silent for years resurfaces to sell health insurance for the self-employed and offers a five-minute call.",
  "promotional reengagement keyword_trap non_english lang_es",
  {"a": P("Rubén Carmona")},
  [dm(F, "a", [
      ("a", "-1300d 23:00", "q grande la cena de antiguos alumnos!!"),
      ("a", "-3d 11:30", "Qué pasa Sam!! cuánto tiempo 😄 oye, ahora trabajo con seguros de salud para autónomos y tengo unas condiciones muy buenas para gente q vive fuera de España. Te llamo 5 minutos y te cuento?"),
  ], focus=True)]),

S("fb-0358", False, "In French, a commenter congratulates Sam on the French edition of his book, with a typo, and Sam thanks her.",
  "small_talk reciprocity first_contact typo non_english lang_fr",
  {"a": P("Élodie Sauvageot")},
  [th(F, [
      (ME, "-2d 10:00", "Le livre sort en français le mois prochain ! 🇫🇷"),
      ("a", "+1h", "Felicitations Sam!!! trop hâte de le lire 👏👏"),
      (ME, "+40m", "Merci Élodie !!"),
  ], focus=True)]),

S("fb-0359", False, "In French, a Lyon baker asked seven weeks ago whether they could talk about wholesale prices, Sam offered two days, and nothing came back; stale.",
  "stale ask_call reciprocity first_contact non_english lang_fr",
  {"a": P("Baptiste Cormier")},
  [dm(F, "a", [
      ("a", "-48d 14:00", "Bonjour Sam, je tiens une boulangerie à Lyon, on pourrait s'appeler un de ces jours pour parler de nos prix de gros ?"),
      (ME, "+3h", "Bonjour Baptiste, avec plaisir ! Mardi ou jeudi après-midi ?"),
  ], focus=True)]),

S("fb-0360", False, "In German, the Lisbon Stammtisch group chat cancels Friday's 'Treffen' because someone is ill and moves it a week; small talk.",
  "small_talk keyword_trap reciprocity many_turns non_english lang_de",
  {"a": P("Jörg Pfannenstiel"), "b": P("Steffi Ruhland")},
  [dm(F, "a b", [
      ("b", "-2d 17:00", "Leute, unser Treffen am Freitag fällt aus, Jörg liegt flach 🤒"),
      ("a", "+20m", "sorry leute 🤧 nächste woche?"),
      (ME, "+1h", "Gute Besserung! Nächsten Freitag passt mir."),
      ("b", "+10m", "👍 dann 19 uhr wie immer"),
  ], focus=True, title="Stammtisch Lissabon")]),

S("fb-0361", False, "In German, a coworking Page auto-replies to Sam's question about day passes.",
  "automated non_english lang_de",
  {"a": P("Kiezwerk Coworking")},
  [dm(F, "a", [
      (ME, "-2d 11:00", "Hallo, habt ihr Tagespässe für nächste Woche (Di-Do)?"),
      ("a", "+1m", "Vielen Dank für deine Nachricht! 🙌 Wir melden uns innerhalb von 48 Stunden. Tagespässe kannst du auch direkt buchen: kiezwerk.example/buchen"),
  ], focus=True)]),

S("fb-0362", False, "In Brazilian Portuguese, a stranger recruiting for a cosmetics brand asks to send Sam a quick voice note; an MLM opener.",
  "promotional spam first_contact non_english lang_pt",
  {"a": P("Jaqueline Sobral")},
  [dm(F, "a", [
      ("a", "-1d 13:00", "Oi Sam, tudo bem? 😊 Sou consultora de uma marca de cosméticos naturais e estou montando minha equipe aqui em Portugal. Vi seu perfil e achei que tem tudo a ver! Posso te mandar um áudio rapidinho explicando?"),
  ], focus=True)]),

S("fb-0363", False, "In Portuguese, a friend asked to talk by phone about his surf-lesson prices, they spoke, and he thanks Sam; closed.",
  "closed thanks_only ask_call reciprocity non_english lang_pt",
  {"a": P("Tiago Seixas")},
  [dm(F, "a", [
      ("a", "-40d 19:00", "boa sorte com a apresentação!"),
      ("a", "-8d 20:30", "Sam, dá para falarmos amanhã ao telefone? é sobre os preços das aulas de surf, estou baralhado"),
      (ME, "+15m", "Claro, liga-me às 18h."),
      ("a", "-6d 22:00", "Obrigado pela chamada, ajudou imenso!! Já mudei os pacotes no site 🤙"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 8: the signal list, one signal at a time
S("fb-0364", True, "The owner of a family guesthouse in the Douro, a stranger, explains how she prices wine tours and asks for a call about it.",
  "ask_call first_contact",
  {"a": P("Graça Montenegro")},
  [dm(F, "a", [
      ("a", "-2d 21:10", "Good evening Sam, I found your page through the Douro tourism group. We have a 9-room guesthouse near Pinhão and started selling wine tours to guests last year, €45 each, but we lose money on small groups and the big agencies sell the same tour for €90. Could we arrange a call? I'm happy to pay for your time."),
  ], focus=True)]),

S("fb-0365", True, "A choir friend Sam has not heard from in two years now runs a music school and proposes a paid pricing module for its teachers, asking to meet.",
  "reengagement ask_meeting",
  {"a": P("Leopoldina Sarmento")},
  [dm(F, "a", [
      ("a", "-760d 22:30", "Que concerto!! Obrigada por teres vindo Sam 🎶"),
      (ME, "+1h", "Foi lindo, parabéns a todos!"),
      ("a", "-3d 10:40", "Sam, long time! I'm now director of the Escola de Música da Graça and half our teachers also give private lessons without any idea what to charge. Would you give them a paid two-hour session on pricing in the autumn? Could we meet at the school next week and plan it?"),
  ], focus=True)]),

S("fb-0366", True, "A former neighbour adds a caterer to a group chat with Sam, and the caterer takes up the introduction by asking for a call about her event prices.",
  "introduction first_contact ask_call",
  {"k": P("Rita Calado"), "n": P("Noor Haddad")},
  [dm(F, "k", [
      ("k", "-300d 19:00", "Sam obrigada por regares as plantas enquanto estive fora 🌿"),
      (ME, "+2h", "De nada Rita, estão vivas!"),
  ]),
   dm(F, "k n", [
      ("k", "-3d 12:00", "Rita Calado added Sam Rivera and Noor Haddad to the group."),
      ("k", "+1m", "Sam, Noor does the Lebanese catering I brought to the party, remember? She's drowning in wedding requests and quoting per head without knowing her costs. Noor, Sam is the one I told you about!"),
      ("n", "+2h", "Hi Sam, thank you Rita ❤️ Yes, I have 11 weddings asking for quotes and I'm scared to send them. Could we have a call this week? I'll pay of course."),
  ], focus=True, title="Rita, Noor and Sam")]),

S("fb-0367", True, "A dog-grooming salon owner asks a chain of substantive questions under Sam's post while Sam answers within minutes; a new relationship forming.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Sinéad Kavanagh")},
  [th(F, [
      (ME, "-2d 19:30", "Small businesses: the price you charge your first customer of the day and your last one should not be the same if one of them costs you twice as much."),
      ("a", "+10m", "I groom dogs and this is my life. a matted husky takes 3 hours, a clean poodle 1. I charge by breed. should I charge by time instead?"),
      (ME, "+5m", "By breed and condition. Keep the breed list, add a 'matting' surcharge decided at drop-off, with photos so nobody argues."),
      ("a", "+6m", "people will argue anyway 😅 do I tell them the surcharge before they book or when they arrive?"),
      (ME, "+4m", "Before: 'from €X, more if matted' on the booking page. Then at drop-off it's a confirmation, not a surprise."),
      ("a", "+7m", "and no-shows? I lose a whole morning sometimes. deposit or a fee after?"),
  ], focus=True)]),

S("fb-0368", True, "A furniture maker messages Sam on Facebook and replies on Twitter the next day about pricing commissions, the same person on two platforms.",
  "cross_platform first_contact ask_chat",
  {"a": P("Ewan Macrae", tw="ewan_woodshop")},
  [dm(F, "a", [
      ("a", "-3d 20:45", "Hi Sam, I make oak furniture to order in Inverness. Waiting list is 8 months and I still barely pay myself, which tells me my prices are wrong. Would you be up for a chat about it sometime soon?"),
  ], focus=True),
   th(T, [
      (ME, "-2d 09:00", "A long waiting list isn't a badge of honour. It's a price signal you're ignoring."),
      ("a", "+30m", "felt this one. sent you a message on Facebook about exactly this, would love to talk"),
  ], focus=True)]),

S("fb-0369", True, "A café owner, writing with typos, asks Sam to look at her new menu prices before Friday and offers to pay.",
  "ask_feedback first_contact typo",
  {"a": P("Jodie Carmichael")},
  [dm(F, "a", [
      ("a", "-1d 22:30", "hey sam sorry 2 message out of nowhere, my freind follows u. i run a tiny cafe in brighton n we reprint the menu friday. cud u have a look at my prices b4 then n tell me if im mad? ill pay u ofc x"),
  ], focus=True)]),

S("fb-0370", True, "In Spanish without accents, a Valencian hairdresser asks whether they could talk on the phone tomorrow about her prices.",
  "ask_call first_contact typo non_english lang_es",
  {"a": P("Amparo Ferrandis")},
  [dm(F, "a", [
      ("a", "-1d 20:15", "hola sam, me paso tu perfil mi cuñada. tengo una peluqueria en valencia y quiero subir precios pero me da panico perder a las clientas de toda la vida. podriamos hablar por telefono manana? te pago la consulta sin problema"),
  ], focus=True)]),

S("fb-0371", True, "In French, a Lyon chocolatier asks Sam to lunch during his visit to talk about pricing Easter collections.",
  "ask_meeting first_contact non_english lang_fr",
  {"a": P("Baptiste Rochefort")},
  [dm(F, "a", [
      ("a", "-2d 12:50", "Bonjour Sam, je suis chocolatier à Lyon (deux boutiques). J'ai vu que vous passez à Lyon pour le salon le mois prochain. Nos coffrets de Pâques se vendent trop vite à un prix qui ne couvre presque rien. Est-ce qu'on pourrait déjeuner ensemble pendant votre séjour ? Je vous invite, et je paie le conseil évidemment."),
  ], focus=True)]),

S("fb-0372", True, "In German, a Cologne makerspace asks Sam what he would charge for an evening workshop on pricing for its members.",
  "ask_rates first_contact non_english lang_de",
  {"a": P("Makerspace Ehrenfeld")},
  [dm(F, "a", [
      ("a", "-3d 17:20", "Hallo Sam, hier ist Till vom Makerspace Ehrenfeld in Köln. Viele unserer Mitglieder verkaufen inzwischen ihre Sachen auf Märkten und Etsy und wissen nicht, wie sie Preise machen sollen. Was würden Sie für einen Abend-Workshop (2-3 Stunden, online oder vor Ort) verlangen?"),
  ], focus=True)]),

S("fb-0373", True, "In Portuguese, a friend whose new prices went live today is getting complaints and asks Sam to help her on the phone tonight.",
  "ask_help ask_call non_english lang_pt",
  {"a": P("Filipa Antunes")},
  [dm(F, "a", [
      ("a", "-40d 21:00", "Obrigada pelo jantar, foi ótimo! 🍝"),
      (ME, "+30m", "Quando quiseres, Filipa!"),
      ("a", "-1d 18:20", "Sam socorro 😩 mudei os preços das aulas de pilates hoje e já tenho seis alunas a reclamar no grupo do estúdio, uma diz que vai sair. Não sei se recuo. Podes ajudar-me? Ligo-te hoje à noite se puderes."),
  ], focus=True)]),

S("fb-0374", True, "A wedding photographer facing a client's counter-offer today asks Sam for help, answers his questions within minutes, and asks to ring him.",
  "ask_help ask_call first_contact reciprocity fast_reply",
  {"a": P("Lorna Strachan")},
  [dm(F, "a", [
      ("a", "-2d 13:05", "Hi Sam, found your page via the photographers' group. A couple I quoted €3,200 just came back offering €2,400 'cash, no contract'. I have to answer today. Help?"),
      (ME, "+6m", "Hi Lorna. Do you want this wedding, or do you want this wedding at any price?"),
      ("a", "+4m", "honestly I want it, it's a quiet month. but not at 2,400"),
      (ME, "+5m", "Then don't cut the price, cut the scope: offer a 6-hour package at €2,700 with a contract. Cash-no-contract is the bigger red flag than the number."),
      ("a", "+3m", "that's so helpful. can I ring you for 10 min before I reply to them? want to get the wording right"),
  ], focus=True)]),

S("fb-0375", True, "A gym acquaintance opening a physiotherapy clinic asks, indirectly, whether she could pick Sam's brain about session prices.",
  "ask_chat indirect_ask",
  {"a": P("Harriet Lomax")},
  [dm(F, "a", [
      ("a", "-90d 08:00", "Great class this morning! See you Thursday 💪"),
      (ME, "+2h", "See you then!"),
      ("a", "-2d 19:50", "Hi Sam, bit of a random one. I'm finally opening my own physio clinic in September and I have no idea whether to price by session or by treatment plan. I know this is literally your job, so no pressure at all, but if you'd ever be open to me picking your brain over a coffee, I'd be really grateful (and I'd pay!)."),
  ], focus=True)]),

S("fb-0376", True, "In Spanish, an acquaintance silent for four years proposes co-creating a course for Spanish freelancers and asks for a video call.",
  "reengagement ask_call non_english lang_es",
  {"a": P("Nerea Urquiza")},
  [dm(F, "a", [
      ("a", "-1480d 13:00", "¡Qué bien lo pasamos en la boda de Javi! Un abrazo Sam"),
      ("a", "-2d 11:30", "¡Hola Sam! Cuánto tiempo. Te escribo con una propuesta: tengo una escuela online para freelancers en España (unos 4.000 alumnos) y nos falta justo un curso de precios. ¿Te animarías a crearlo conmigo, con reparto de ingresos? ¿Hacemos una videollamada la semana que viene y te cuento los números?"),
  ], focus=True)]),

S("fb-0377", True, "In French, a conference organiser writes to Sam on Facebook and on LinkedIn within two days about a talk in Lyon and asks for a call.",
  "cross_platform first_contact ask_call non_english lang_fr",
  {"a": P("Clémence Aubertin", li=True)},
  [dm(F, "a", [
      ("a", "-3d 18:40", "Bonjour Sam ! Je co-organise les Rencontres des Indépendants à Lyon (600 participants, fin novembre). On aimerait beaucoup vous avoir pour la conférence d'ouverture sur les prix. Auriez-vous un moment pour un appel ?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 09:15", "Bonjour Sam, je vous ai aussi écrit sur Facebook, au cas où. Pour la conférence d'ouverture à Lyon : nous prenons en charge le déplacement et un cachet. Pourrions-nous en parler au téléphone jeudi ou vendredi ?"),
  ], focus=True)]),

S("fb-0378", True, "In German, an old client brings a brewery owner into a group chat, and the brewer asks for a short call about his taproom prices.",
  "introduction first_contact ask_call non_english lang_de",
  {"k": P("Ulrike Fassbender"), "n": P("Jost Hellwege")},
  [dm(F, "k", [
      ("k", "-500d 16:00", "Danke für den Workshop, Sam! Das Team redet immer noch davon."),
      (ME, "+1h", "Sehr gern, Ulrike!"),
  ]),
   dm(F, "k n", [
      ("k", "-4d 10:00", "Sam, das ist Jost, er hat eine kleine Brauerei in Bremen mit Schankraum. Er fragt sich, ob er die Bierpreise im Ausschank erhöhen kann. Ich hab ihm gesagt, du bist genau der Richtige. Ich lass euch mal machen!"),
      ("n", "+3h", "Danke Ulrike! Hallo Sam, genau, seit zwei Jahren gleiche Preise, Malz und Energie sind viel teurer geworden. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch? Gern gegen Honorar."),
  ], focus=True, title="Ulrike, Jost und Sam")]),

S("fb-0379", True, "A bike co-op member comments on Sam's post asking what he would charge to run a pricing session for the co-op, then follows up after Sam answers.",
  "ask_rates first_contact reciprocity",
  {"a": P("Tobias Kerrigan")},
  [th(F, [
      (ME, "-3d 18:00", "Ran a pricing session for a community bakery yesterday. Best question of the day: 'is it rude to charge our friends full price?' (No.)"),
      ("a", "+2h", "our bike repair co-op needs exactly this. what would you charge to run one of these for us? we're 30 members, mostly volunteers"),
      (ME, "+1h", "For co-ops I do a reduced rate, send me a message with what you'd like to cover!"),
      ("a", "+20m", "brilliant, messaging you now 🚲"),
  ], focus=True)]),

# ---- negatives
S("fb-0380", False, "A friend answers Sam's link to an article with a one-word thanks.",
  "thanks_only reciprocity",
  {"a": P("Declan Moriarty")},
  [dm(F, "a", [
      ("a", "-70d 20:00", "pints friday?"),
      (ME, "+1h", "yes"),
      (ME, "-2d 11:00", "This is the article on the bakery that I mentioned: example.com/bakery-prices"),
      ("a", "+3h", "Thanks!"),
  ], focus=True)]),

S("fb-0381", False, "A reader comments on Sam's post with laughing emoji only.",
  "emoji_only first_contact",
  {"a": P("Marisa Quintanilha")},
  [th(F, [
      (ME, "-1d 17:00", "Client asked for a discount because 'the invoice looks expensive'. I made the font smaller."),
      ("a", "+40m", "😂😂😂"),
  ], focus=True)]),

S("fb-0382", False, "A school friend tags Sam and twenty classmates in a post about a reunion date.",
  "mass_mention small_talk",
  dict(crowd(20, 365), a=P("Bronagh Delaney")),
  [th(F, [
      ("a", "-3d 20:00", "CLASS OF 2006!! 20 years next summer 😱 who's in for a reunion in June? Comment below 👇", {"at": ats(20)}),
  ], focus=True)]),

S("fb-0383", False, "A Page sends Sam an automatic reminder that an event he marked as 'going' starts tomorrow.",
  "automated",
  {"a": P("Feira de Artesãos de Alfama")},
  [dm(F, "a", [
      ("a", "-1d 09:00", "Hi Sam! Just a reminder that Alfama Makers Fair starts tomorrow at 10:00 at Largo do Chafariz. See you there! Reply STOP to stop event updates."),
  ], focus=True)]),

S("fb-0384", False, "An acquaintance silent for over two years sends the pre-filled birthday wish; nothing else.",
  "automated small_talk reengagement",
  {"a": P("Craig Pennington")},
  [dm(F, "a", [
      ("a", "-800d 12:00", "Nice one at the quiz mate"),
      ("a", "-1d 08:15", "Happy birthday, Sam! 🎂 Hope you have a great day!"),
  ], focus=True)]),

S("fb-0385", False, "In German, a hotel Page's automatic reply after Sam asked about a room.",
  "automated non_english lang_de",
  {"a": P("Hotel Seeblick Konstanz")},
  [dm(F, "a", [
      (ME, "-2d 15:00", "Hallo, haben Sie vom 12. bis 14. noch ein Doppelzimmer frei?"),
      ("a", "+1m", "Vielen Dank für Ihre Nachricht! Wir melden uns so schnell wie möglich, spätestens innerhalb von 24 Stunden. Für Buchungen erreichen Sie uns auch unter seeblick.example/buchen."),
  ], focus=True)]),

S("fb-0386", False, "In Portuguese, a near-stranger opens with 'olá querida'-style flattery to recruit Sam into a supplements business via a quick call.",
  "promotional spam first_contact keyword_trap non_english lang_pt",
  {"a": P("Jéssica Prazeres")},
  [dm(F, "a", [
      ("a", "-2d 22:10", "Olá Sam!! 💖 Vi o teu perfil e senti que tens energia de líder. Estou a fazer um projeto incrível de bem-estar a partir de casa e procuro 3 pessoas motivadas. Fazemos uma chamadinha rápida para te explicar? Sem compromisso 😘"),
  ], focus=True)]),

S("fb-0387", False, "A social-media agency offers Sam a free audit call to grow his Page; a sales pitch with a call ask.",
  "promotional first_contact keyword_trap",
  {"a": P("Lumen Social Studio")},
  [dm(F, "a", [
      ("a", "-3d 11:30", "Hi Sam! 👋 We checked your Page and your reach has dropped 40% this year. We help experts like you get 10x engagement with short-form video. Can we book you a FREE 20-min audit call this week?"),
  ], focus=True)]),

S("fb-0388", False, "A stranger comments that calling Sam's post advice is generous and asks who asked him; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Warren Bickley")},
  [th(F, [
      (ME, "-2d 08:30", "If you're afraid to say your price out loud, practise it. Literally, in the mirror."),
      ("a", "+1h", "calling this 'advice' is generous. who asked you mate? go practise shutting up in the mirror"),
  ], focus=True)]),

S("fb-0389", False, "A friend's call about her shop happened three weeks ago and she thanked Sam with an update; closed.",
  "closed ask_call reciprocity",
  {"a": P("Penelope Carvalho")},
  [dm(F, "a", [
      ("a", "-26d 19:00", "Sam could we chat on the phone this week about the shop? Christmas prices are stressing me out"),
      (ME, "+30m", "Sure, Wednesday at 7?"),
      ("a", "+5m", "yes!"),
      ("a", "-22d 21:00", "Thank you so much for the call, I did what you said with the gift boxes and they're selling better at the higher price 😍"),
      (ME, "+20m", "Brilliant, so glad!"),
  ], focus=True)]),

S("fb-0390", False, "Sam declined a pro bono talk for lack of time, and the organiser replied no problem; closed.",
  "closed declined reciprocity first_contact",
  {"a": P("Aoife Gallagher")},
  [dm(F, "a", [
      ("a", "-5d 10:00", "Hi Sam, would you give a free talk at our parents' association on pocket money and prices? Kids 10-14."),
      (ME, "+6h", "Hi Aoife, what a lovely idea, but I can't take anything on until the book is done, sorry!"),
      ("a", "+15m", "No problem at all, good luck with the book!"),
  ], focus=True)]),

S("fb-0391", False, "A yoga teacher asked for a call about retreat prices, then wrote that the retreat is cancelled; withdrawn.",
  "closed ask_call reciprocity first_contact",
  {"a": P("Sunniva Halvorsen")},
  [dm(F, "a", [
      ("a", "-6d 18:00", "Hi Sam, could we have a call about how to price my first retreat in the Algarve?"),
      (ME, "+2h", "Hi Sunniva, sure, Friday morning?"),
      ("a", "-4d 12:30", "So sorry Sam, the venue fell through and we've cancelled the retreat for this year. Thank you anyway, I'll come back to you if it happens next year!"),
  ], focus=True)]),

S("fb-0392", False, "In Spanish, a friend of a friend asked for a coffee two months ago, Sam proposed a day, and she never answered; stale.",
  "stale ask_meeting reciprocity first_contact non_english lang_es",
  {"a": P("Maite Olabarria")},
  [dm(F, "a", [
      ("a", "-58d 13:00", "Hola Sam, soy amiga de Irene. Estoy montando una tienda de cerámica online y me encantaría tomar un café contigo para preguntarte sobre precios."),
      (ME, "+4h", "¡Hola Maite! Claro, ¿te va el jueves a las 10 en el centro?"),
  ], focus=True)]),

S("fb-0393", False, "Sam suggested a catch-up call to an old friend eighty days ago and never heard back.",
  "owner_only stale ask_call",
  {"a": P("Calum Drummond")},
  [dm(F, "a", [
      ("a", "-500d 21:00", "Happy new year pal!"),
      (ME, "-80d 18:00", "Calum! Saw you moved to Glasgow. Fancy a call one of these evenings to catch up?"),
  ], focus=True)]),

S("fb-0394", False, "In Portuguese, a school friend silent for six years resurfaces to book a home visit to sell Sam solar panels; an old contact returning to sell.",
  "reengagement promotional keyword_trap non_english lang_pt",
  {"a": P("Duarte Cerqueira")},
  [dm(F, "a", [
      ("a", "-2200d 23:00", "Grande festa ontem, abraço!"),
      ("a", "-1d 14:00", "Sam, há quanto tempo pá! Agora trabalho com painéis solares, com o apoio do Estado fica quase de borla. Posso passar aí em casa esta semana para uma reunião de 20 minutos? Faço-te um preço de amigo."),
  ], focus=True)]),

S("fb-0395", False, "A fast, many-message group chat with old friends about Saturday's dinner and football; banter and logistics only.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Fergus Lowry"), "b": P("Niamh Doyle")},
  [dm(F, "a b", [
      ("a", "-1d 18:00", "dinner saturday still on? I booked the Goan place for 8"),
      ("b", "+2m", "yes!! can we watch the match after"),
      (ME, "+1m", "Only if we're not near the TV during dessert"),
      ("a", "+3m", "Sam you said that last time and cried at the penalty"),
      ("b", "+1m", "😂😂 evidence exists"),
      (ME, "+2m", "Slander. See you at 8"),
  ], focus=True, title="Saturday crew")]),

S("fb-0396", False, "A friend brings her brother-in-law into a chat to 'connect' with Sam, and he pitches a demo of his invoicing app.",
  "introduction promotional keyword_trap first_contact",
  {"k": P("Marta Esteves"), "n": P("Rodrigo Pinheiro")},
  [dm(F, "k", [
      ("k", "-220d 20:00", "Obrigada pela boleia ontem Sam!"),
      (ME, "+1h", "Sempre!"),
  ]),
   dm(F, "k n", [
      ("k", "-3d 17:00", "Sam, this is Rodrigo, my brother-in-law, he's in the startup world too, thought you'd get along!"),
      ("n", "+50m", "Hi Sam! Thanks Marta. I've built an invoicing app for freelancers, automatic reminders, multi-currency, the lot. 30% off for friends of Marta 😄 Can I book you in for a 20-min demo this week?"),
  ], focus=True, title="Marta, Rodrigo and Sam")]),

S("fb-0397", False, "A business coach pitches the same free strategy call on Facebook and on Twitter within two days; a promoter on two platforms.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Brielle Sandoval", tw="brielle_coaches")},
  [dm(F, "a", [
      ("a", "-3d 09:00", "Hey Sam 💫 I help consultants break the 6-figure ceiling with my Signature Method. I'm opening 3 spots for a free strategy call this week, want one?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 10:30", "Hey Sam! Sent you a note on Facebook but wanted to make sure you saw it 😊 still have one strategy call spot left this week!"),
  ], focus=True)]),

S("fb-0398", False, "In French, a friend comments that Sam's post reminds her of a meeting that should have been an email; a keyword trap, no ask.",
  "small_talk keyword_trap non_english lang_fr",
  {"a": P("Anaïs Deslauriers")},
  [dm(F, "a", [
      ("a", "-100d 20:00", "Bon anniversaire Sam !! 🥳"),
      (ME, "+1h", "Merci Anaïs !"),
  ]),
   th(F, [
      (ME, "-2d 17:30", "Réunion de deux heures pour décider de ne pas changer les prix. Je note."),
      ("a", "+25m", "ça m'a rappelé toutes mes réunions qui auraient pu être un mail 😂 courage"),
  ], focus=True)]),

S("fb-0399", False, "In Spanish, an acquaintance asks what time Sam's talk starts, Sam answers, and she says thanks.",
  "trivial_question thanks_only reciprocity first_contact non_english lang_es",
  {"a": P("Begoña Arrieta")},
  [dm(F, "a", [
      ("a", "-2d 16:00", "Hola Sam, ¿a qué hora empieza tu charla del jueves en el coworking?"),
      (ME, "+30m", "¡Hola! A las 19:00, la puerta abre a las 18:30."),
      ("a", "+5m", "¡Gracias!"),
  ], focus=True)]),

S("fb-0400", False, "In Portuguese, neighbours discuss the building's condominium meeting in a group chat; the meeting word is about the building.",
  "small_talk keyword_trap reciprocity non_english lang_pt",
  {"a": P("Rosário Galvão"), "b": P("Artur Meireles")},
  [dm(F, "a b", [
      ("a", "-2d 19:00", "Boa noite vizinhos, a reunião de condomínio é terça às 20h na garagem. Temos de votar o elevador."),
      ("b", "+30m", "Eu vou. O orçamento do elevador é um roubo."),
      (ME, "+1h", "Lá estarei, obrigado Rosário."),
  ], focus=True, title="Prédio Rua das Flores 12")]),

S("fb-0401", False, "A fake 'Meta support' account tells Sam his Page will be disabled unless he logs in through a link; phishing.",
  "spam first_contact",
  {"a": P("Page Policy Support Center")},
  [dm(F, "a", [
      ("a", "-1d 03:30", "Your Page has been reported for violating our Community Standards and will be permanently disabled in 24 hours. If you think this is a mistake, submit an appeal here: meta-appeal-review.example/page"),
  ], focus=True)]),

S("fb-0402", False, "In German, an acquaintance asked to phone about his shop prices five months ago and the thread has been silent since Sam's reply; stale.",
  "stale ask_call reciprocity first_contact non_english lang_de",
  {"a": P("Volker Liebscher")},
  [dm(F, "a", [
      ("a", "-150d 18:00", "Hallo Sam, können wir mal telefonieren wegen der Preise in meinem Fahrradladen?"),
      (ME, "+2h", "Hallo Volker, gern! Nächste Woche Dienstag?"),
  ], focus=True)]),

S("fb-0403", False, "In French, a Facebook group admin welcomes a dozen new members by tagging them all, Sam included.",
  "mass_mention small_talk non_english lang_fr",
  dict(crowd(12, 366), a=P("Laurène Bastide")),
  [th(F, [
      ("a", "-2d 10:00", "Bienvenue aux nouveaux membres du groupe Freelances francophones au Portugal 🎉 N'hésitez pas à vous présenter en commentaire !", {"at": ats(12)}),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 9: the owner's real week (replies to Sam's work)
S("fb-0404", True, "A yoga-studio owner comments under Sam's workshop announcement that she needs more than a workshop and follows up by Messenger with her problem and free slots.",
  "ask_chat first_contact indirect_ask",
  {"a": P("Saoirse Delacroix-Byrne")},
  [th(F, [
      (ME, "-3d 18:00", "New date for the small-business pricing workshop: Saturday 8th, Lisbon, 12 seats. Link in the comments."),
      ("a", "+1h", "Signing up! Although honestly I think I need more than a workshop... messaging you."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 19:20", "Hi Sam, Saoirse from the comments. I run a yoga studio in Cascais with two teachers. We sell class packs, monthly unlimited and drop-ins, and the unlimited members are costing us money because they come every day. I'd really like to talk it through with you properly before the workshop. I'm free most mornings this week if that works."),
  ], focus=True)]),

S("fb-0405", True, "A participant from Sam's Porto workshop last Saturday asks what a one-to-one session would cost to apply it to her ceramics classes.",
  "ask_rates first_contact",
  {"a": P("Henrike Alvestad")},
  [dm(F, "a", [
      ("a", "-2d 20:30", "Hello Sam, I was at your workshop in Porto on Saturday (the ceramics teacher with too many questions, sorry!). I tried the exercise on my class prices at home and realised my Sunday course is priced below the clay and kiln cost. How much would you charge for a one-to-one session to go through the whole price list with me?"),
  ], focus=True)]),

S("fb-0406", True, "The organiser of a regional small-business fair heard Sam on a podcast and asks to call him on Tuesday about a speaking slot.",
  "ask_call first_contact",
  {"a": P("Cressida Montfort")},
  [dm(F, "a", [
      ("a", "-1d 11:40", "Hi Sam, I organise the Algarve Small Business Fair (around 900 visitors, mostly shops, restaurants and guesthouses). I heard you on the 'Open for Business' podcast last week and you are exactly who our exhibitors need to hear. We'd love you for the main stage on 12 April, paid. Could I give you a ring on Tuesday to talk it through?"),
  ], focus=True)]),

S("fb-0407", True, "In French, a Lyon bakery-chain owner who read the French translation of Sam's book asks whether he would be available for a video call about her pricing.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Solène Bergeracq")},
  [dm(F, "a", [
      ("a", "-2d 21:15", "Bonsoir Sam, j'ai lu votre livre en français cet été et je l'ai fait lire à mes deux gérantes. Nous avons quatre boulangeries à Lyon et nos prix de viennoiserie n'ont pas bougé depuis 2021 alors que le beurre a doublé. Seriez-vous disponible pour un échange en visio dans les prochains jours ? Bien entendu, je vous rémunère pour ce temps."),
  ], focus=True)]),

S("fb-0408", True, "In French, an old friend adds a Brussels bookshop owner to a Messenger group, and the bookseller takes it up and asks Sam for a coffee during her Lisbon trip.",
  "introduction first_contact ask_meeting non_english lang_fr",
  {"k": P("Apolline Vandersmissen"), "n": P("Eulalie Dierickx")},
  [dm(F, "k", [
      ("k", "-280d 20:10", "Joyeux anniversaire Sam !! 🎂 On se revoit cet été j'espère"),
      (ME, "+2h", "Merci Apolline ! Avec plaisir 😊"),
  ]),
   dm(F, "k n", [
      ("k", "-4d 17:00", "Apolline Vandersmissen added Eulalie Dierickx to the group."),
      ("k", "+1m", "Sam, je te présente Eulalie, elle tient une librairie à Bruxelles et a adoré ton post sur les abonnements. Elle réfléchit à lancer un club de lecture payant. Je vous laisse !"),
      ("n", "+2h", "Merci Apolline ! Bonjour Sam, ravie. Je suis à Lisbonne du 10 au 14 pour des vacances. Est-ce qu'on pourrait prendre un café un matin ? J'aimerais vraiment ton avis sur la formule d'abonnement avant de la lancer."),
  ], focus=True, title="Sam, Apolline et Eulalie")]),

S("fb-0409", True, "In Spanish, the founder of a Valencia climbing gym keeps asking substantive questions under Sam's post while Sam answers within minutes.",
  "first_contact reciprocity many_turns fast_reply non_english lang_es",
  {"a": P("Nerea Santesteban")},
  [th(F, [
      (ME, "-2d 10:00", "Las cuotas 'ilimitadas' casi nunca son ilimitadas: son una apuesta a que el cliente no vendrá tanto. Si viene, pierdes."),
      ("a", "+20m", "Tengo un rocódromo en Valencia y esto me pasa con los socios de 6 días a la semana. ¿Pongo un límite de visitas o subo la cuota a todos?"),
      (ME, "+6m", "Ninguna de las dos a todos. Crea un plan superior para los que vienen casi a diario y deja el actual con un límite razonable."),
      ("a", "+5m", "¿Y cuánto más caro el superior? Ahora la cuota es 49 €."),
      (ME, "+8m", "Mira cuánto te cuesta un socio que viene 25 días al mes frente a uno de 8. Esa diferencia marca el suelo del precio."),
      ("a", "+4m", "Vale, saco los datos esta noche. ¿Y a los socios antiguos les aviso con cuánto tiempo?"),
  ], focus=True)]),

S("fb-0410", True, "In German, a former colleague silent for three years, now COO of a Vienna coffee roaster, read Sam's newsletter on subscriptions and proposes a project by phone.",
  "reengagement ask_call non_english lang_de",
  {"a": P("Leopoldine Strasshofer")},
  [dm(F, "a", [
      ("a", "-1180d 18:00", "Alles Gute für die Selbstständigkeit, Sam! Wir vermissen dich jetzt schon."),
      (ME, "+3h", "Danke Leopoldine, ihr mir auch!"),
      ("a", "-3d 19:45", "Hallo Sam, lange her! Ich bin inzwischen COO bei einer Kaffeerösterei in Wien und habe deinen Newsletter über Abo-Modelle gelesen. Wir wollen genau so etwas für Büros aufbauen und ich hätte dich gern dabei, als bezahltes Projekt. Hast du nächste Woche Zeit für ein Telefonat?"),
  ], focus=True)]),

S("fb-0411", True, "In Portuguese, a Brazilian translator says a São Paulo publisher is interested in Sam's book and asks for a video call to talk about the translation.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Iolanda Sampaio Leme")},
  [dm(F, "a", [
      ("a", "-2d 14:50", "Olá Sam, tudo bem? Sou tradutora literária em São Paulo e levei seu livro para uma editora daqui, que gostou muito e quer publicar no Brasil no ano que vem. Antes de eles procurarem seu agente, queria conversar com você sobre alguns termos que não têm tradução direta. Podemos fazer uma videochamada esta semana?"),
  ], focus=True)]),

S("fb-0412", True, "A restaurant owner comments on Sam's Facebook post about menu prices and two days later DMs him on Twitter about the same menu, asking for help.",
  "cross_platform first_contact ask_help",
  {"a": P("Bartholomew Achebe-Lund", tw="bart_achebe_lund")},
  [th(F, [
      (ME, "-4d 12:30", "A menu is a pricing page. The dish you put at the top right is doing more work than your chef thinks."),
      ("a", "+3h", "Our menu is basically a list in the order the dishes were invented 😅 this post hit home."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 10:20", "Hi Sam, I commented on your Facebook post about menus. We run a 60-cover restaurant in Funchal and we're reprinting the menu in two weeks. Could you help us lay it out and rethink a few prices before it goes to the printer? Happy to pay for the work."),
  ], focus=True)]),

S("fb-0413", True, "The manager of a client's family's second hotel writes after the client recommended Sam and asks to meet in Lisbon next week.",
  "ask_meeting first_contact",
  {"a": P("Marisol Echegaray-Duarte")},
  [dm(F, "a", [
      ("a", "-1d 16:20", "Hello Sam, my cousin Leonor Abrantes gave me your name. You helped her with the room rates at the Sintra hotel last year. I manage our family's second hotel in Tavira and we have the opposite problem: full in August, empty the rest of the year. I'll be in Lisbon next Wednesday and Thursday. Could we meet for an hour?"),
  ], focus=True)]),

S("fb-0414", True, "A dog trainer who read Sam's post on three-tier offers sends details over several messages, Sam suggests a call, and she proposes a time.",
  "ask_call first_contact reciprocity many_turns",
  {"a": P("Tamsin Okonkwo-Reyes")},
  [dm(F, "a", [
      ("a", "-3d 20:00", "Hi Sam, your post on good-better-best offers! I run a dog-training business and only sell a 6-week course at €240."),
      ("a", "+2m", "I get lots of people asking for just one session for a specific problem, and some who want me to come to their house every week for months."),
      (ME, "-2d 09:10", "Sounds like your three tiers are already asking to exist. Happy to talk it through on a call if you like."),
      ("a", "+25m", "Yes please! Would Thursday at 2pm work? I'll have my numbers ready."),
  ], focus=True)]),

S("fb-0415", True, "A business-school lecturer saw Sam's post about his book and invites him to give a guest session in her MBA pricing course, asking for a quick chat to fix a date.",
  "ask_chat first_contact",
  {"a": P("Florbela Magalhães-Kent")},
  [dm(F, "a", [
      ("a", "-2d 13:35", "Dear Sam, I teach the pricing elective in the part-time MBA at a Lisbon business school and I use two chapters of your book. Would you come and give a guest session to my 35 students in March? It would mean a lot to them. Could we have a quick chat this week to find a date?"),
  ], focus=True)]),

S("fb-0416", True, "After Sam's post on pricing cleaning services, a cleaning-company owner describes losing money on office contracts and leaves her number and afternoons free; an implied ask.",
  "ask_help first_contact indirect_ask",
  {"a": P("Georgiana Popescu-Alves")},
  [dm(F, "a", [
      ("a", "-1d 22:10", "Hi Sam, I saw your post about cleaning companies charging per hour. That's us. 14 staff, 22 office contracts, and on at least half of them we lose money once you count travel between sites. I don't know where to start. I'm free every afternoon this week, my number is 912 555 018."),
  ], focus=True)]),

S("fb-0417", True, "In Spanish, in a freelancers' group where Sam commented, an agency owner replies to his comment and asks what he would charge to review her price list.",
  "ask_rates first_contact non_english lang_es",
  {"g": P("Constanza Iriarte"), "a": P("Maitane Olaizola")},
  [th(F, [
      (ME, "-2d 11:00", "Cobrar por horas castiga al que trabaja rápido. Precio por entregable, con un límite de revisiones."),
      ("a", "+3h", "Sam, esto es justo lo que no sabemos hacer en mi agencia de diseño. ¿Cuánto cobrarías por revisar nuestra lista de precios y proponernos una por entregables? Te escribo por privado si prefieres."),
  ], focus=True, root="g")]),

S("fb-0418", True, "In Portuguese, an old friend silent for two years heard Sam on the radio and asks him to lunch to help price tourist visits at her family's olive-oil estate.",
  "reengagement ask_meeting non_english lang_pt",
  {"a": P("Genoveva Rebelo")},
  [dm(F, "a", [
      ("a", "-760d 21:30", "Parabéns pelo livro Sam!! Que orgulho 👏"),
      (ME, "+1h", "Obrigado Genoveva! Beijinhos"),
      ("a", "-2d 19:00", "Sam, ouvi-te ontem na rádio a falar de preços no turismo e pensei logo no lagar. A minha família quer abrir o olival a visitas com prova de azeite e não fazemos ideia de quanto cobrar nem de como vender a agências. Almoças comigo na próxima semana? Eu vou a Lisboa."),
  ], focus=True)]),

S("fb-0419", True, "A former colleague silent for four years, now running a regional association of accountants, proposes a joint webinar series built on Sam's recent posts.",
  "reengagement ask_chat",
  {"a": P("Crispin Abernethy-Moor")},
  [dm(F, "a", [
      ("a", "-1500d 17:00", "Cheers for the farewell drinks Sam, great night."),
      (ME, "+1h", "Thanks for coming Crispin!"),
      ("a", "-5d 12:15", "Sam, been following your posts on pricing for accountants, spot on. I now chair the Northern Portugal association of independent accountants (about 400 members) and I'd like to run a four-part webinar series with you next spring, paid by the association. Could we talk about what it would look like?"),
  ], focus=True)]),

# ---- negatives
S("fb-0420", False, "An acquaintance comments congratulations with party emoji under Sam's post about the book's second printing; applause only.",
  "thanks_only small_talk first_contact",
  {"a": P("Clementine Hargreave")},
  [th(F, [
      (ME, "-1d 19:00", "The book is going into its second printing. Thank you all, genuinely."),
      ("a", "+40m", "Congratulations!!! 🎉🎉 So deserved"),
  ], focus=True)]),

S("fb-0421", False, "A reader asks under Sam's post whether the book is on Kindle, Sam says yes, and the question is settled.",
  "trivial_question reciprocity first_contact",
  {"a": P("Percy Wainwright-Iles")},
  [th(F, [
      (ME, "-2d 09:30", "If you liked the book, the audiobook is out today (read by me, so apologies in advance)."),
      ("a", "+1h", "Is the ebook on Kindle too or only the audio?"),
      (ME, "+15m", "Both, Kindle and Kobo."),
  ], focus=True)]),

S("fb-0422", False, "A post in a business group tags Sam and a dozen others with 'comment YES and I'll send my 47 pricing templates'; engagement bait.",
  "mass_mention promotional",
  dict(crowd(14, 411), a=P("Tiffany Gorringe")),
  [th(F, [
      ("a", "-2d 16:30", "🚨 Comment YES and I'll DM you my 47 pricing templates that took me from $3k to $30k months!! Tagging people who NEED this 👇", {"at": ats(14)}),
  ], focus=True)]),

S("fb-0423", False, "Sam messaged a venue's Page about hosting his next workshop and got the Page's automatic reply.",
  "automated first_contact",
  {"a": P("Armazém 7 Eventos")},
  [dm(F, "a", [
      (ME, "-1d 15:20", "Hello, I'd like to ask about renting the small room for a Saturday workshop in March, about 20 people."),
      ("a", "+1m", "Thanks for contacting Armazém 7! Our team replies Monday to Friday, 10:00-18:00. For prices and availability please see armazem7.example/espacos."),
  ], focus=True)]),

S("fb-0424", False, "An event tool's Messenger bot reminds Sam that his own workshop event starts tomorrow and lists how many people are going.",
  "automated first_contact",
  {"a": P("Eventbell")},
  [dm(F, "a", [
      ("a", "-1d 09:00", "📅 Reminder: 'Pricing for makers' starts tomorrow at 10:00. 18 people going, 6 interested. Manage your event: eventbell.example/e/pricing-makers"),
  ], focus=True)]),

S("fb-0425", False, "A growth agency opens by praising Sam's post on anchoring and offers a free strategy call to sell Facebook ads for consultants.",
  "promotional keyword_trap first_contact",
  {"a": P("Braxton Heathcote")},
  [dm(F, "a", [
      ("a", "-2d 10:05", "Hey Sam! Loved your post about anchoring, so true 👏 We help consultants like you book 10+ new clients a month with Facebook ads, fully done for you. Want a free 30-min strategy call to see your numbers?"),
  ], focus=True)]),

S("fb-0426", False, "A stranger comments that Sam is another guru telling small shops to raise prices in a cost-of-living crisis; hostile.",
  "hostile first_contact",
  {"a": P("Reginald Stoddart")},
  [th(F, [
      (ME, "-1d 08:00", "Small shops: your prices went up less than your costs. That's not kindness, it's a slow closing-down sale."),
      ("a", "+4h", "Another guru telling shopkeepers to fleece people in a cost of living crisis. Shameful. Unfollowed."),
  ], focus=True)]),

S("fb-0427", False, "A schoolmate silent for over a year congratulates Sam on his podcast appearance and Sam thanks her; small talk.",
  "small_talk reengagement reciprocity",
  {"a": P("Philomena Garside")},
  [dm(F, "a", [
      ("a", "-480d 20:00", "Happy birthday Sam!!"),
      (ME, "+3h", "Thanks Phil!"),
      ("a", "-2d 21:10", "Just heard you on the radio podcast in the car! My kids were impressed I know someone famous 😂"),
      (ME, "+1h", "Ha! Tell them it's very minor fame. Hope you're all well x"),
  ], focus=True)]),

S("fb-0428", False, "A friend of a friend disputes pay-what-you-want pricing under Sam's post over a few civil comments and they leave it there; a public debate with no ask.",
  "small_talk reciprocity many_turns first_contact",
  {"a": P("Horatio Ballantyne")},
  [th(F, [
      (ME, "-2d 12:00", "Pay-what-you-want works for museums and charity shops. For almost everyone else it's a way of not deciding."),
      ("a", "+2h", "Strongly disagree, our community theatre has done it for years and people pay more than the old ticket price."),
      (ME, "+30m", "That's the charity-shop case though: people pay to support you, not for the seat."),
      ("a", "+25m", "Maybe, but then most small businesses have more community goodwill than you give them credit for."),
      (ME, "+20m", "Fair point, I'd love to be wrong about more of them."),
  ], focus=True)]),

S("fb-0429", False, "A workshop attendee asked for a follow-up call two months ago, Sam sent times, and she never came back; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": P("Anouk Brinkerhoff")},
  [dm(F, "a", [
      ("a", "-58d 18:30", "Hi Sam, thanks for Saturday's workshop! Could we do a follow-up call about my candle shop's wholesale prices?"),
      (ME, "+1h", "Of course, Anouk. Tuesday 10:00 or Wednesday 16:00?"),
  ], focus=True)]),

S("fb-0430", False, "A bakery owner thanks Sam for the call they had yesterday and says she will try the new prices in March; closed.",
  "closed thanks_only ask_call reciprocity first_contact",
  {"a": P("Wilma Fairclough")},
  [dm(F, "a", [
      ("a", "-9d 17:40", "Hi Sam, after your post on bakery prices, would you have half an hour for a call?"),
      (ME, "+1h", "Sure, Wilma. Monday 15:00?"),
      ("a", "+10m", "Perfect."),
      ("a", "-1d 19:15", "Thank you so much for yesterday! Really clear. I'll try the new prices from March and let you know how it goes."),
  ], focus=True)]),

S("fb-0431", False, "An old acquaintance opens with 'hey hun, loved your post about side income' and pitches a wellness business opportunity over a quick call.",
  "promotional keyword_trap reengagement",
  {"a": P("Bethany Cresswell")},
  [dm(F, "a", [
      ("a", "-600d 12:00", "Congrats on the new flat!! 🏡"),
      ("a", "-2d 20:50", "hey hun!! loved your post about side income 😍 I've been building something amazing with a wellness brand and I instantly thought of you, you'd smash it. Can we hop on a quick call so I can tell you more? 💕"),
  ], focus=True)]),

S("fb-0432", False, "An attendee asks for the slides from Sam's talk, Sam sends the link, and she thanks him; a one-line request answered.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": P("Ottilie Marchmont")},
  [dm(F, "a", [
      ("a", "-1d 20:10", "Hi Sam, loved your talk at the coworking tonight. Could you share the slides?"),
      (ME, "+30m", "Thanks Ottilie! Here: samrivera.example/slides/coworking"),
      ("a", "+5m", "Brilliant, thank you!"),
  ], focus=True)]),

S("fb-0433", False, "In Spanish, Sam's cousins share his newspaper interview in the family group and cheer him; family small talk.",
  "small_talk reciprocity non_english lang_es",
  {"a": P("Guadalupe Rivera Ochoa"), "b": P("Evaristo Rivera Ochoa")},
  [dm(F, "a b", [
      ("a", "-2d 09:30", "¡Mirad quién sale en el periódico! 📰 Nuestro primo el experto en precios"),
      ("b", "+20m", "¡Qué crack! Se lo he enseñado a la abuela, dice que sales muy guapo"),
      (ME, "+1h", "Jajaja decidle a la abuela que gracias ❤️"),
  ], focus=True, title="Primos Rivera")]),

S("fb-0434", False, "In French, a Lyon association wanted Sam for a talk, Sam said he is fully booked until the autumn, and they replied no problem; declined.",
  "closed declined reciprocity first_contact non_english lang_fr",
  {"a": P("Amandine Roquefeuil")},
  [dm(F, "a", [
      ("a", "-4d 10:30", "Bonjour Sam, notre association d'artisans lyonnais aimerait vous inviter pour une conférence sur les prix en février. Seriez-vous disponible ?"),
      (ME, "+6h", "Merci beaucoup Amandine, mais je suis complet jusqu'à l'automne. Je ne voudrais pas vous faire attendre."),
      ("a", "+1h", "Pas de souci, on retentera l'an prochain. Bonne continuation !"),
  ], focus=True)]),

S("fb-0435", False, "In German, under Sam's post, one commenter suggests to another commenter that they meet up; the meeting does not involve Sam.",
  "keyword_trap first_contact non_english lang_de",
  {"a": P("Hartmut Giesbrecht"), "b": P("Roswitha Kleinschmidt")},
  [th(F, [
      (ME, "-2d 09:00", "Wer für Stammkunden die Preise nie erhöht, bestraft am Ende die Neukunden."),
      ("b", "+1h", "Genau so ist es in unserer Buchhandlung in Kassel, die Stammkunden zahlen noch Preise von 2018."),
      ("a", "+30m", "Roswitha, wir sind ja beide im Kasseler Einzelhandelsverein, sollen wir uns mal nächste Woche dazu treffen?", {"re": 1}),
      ("b", "+20m", "Sehr gern Hartmut, ich melde mich!", {"re": 2}),
  ], focus=True)]),

S("fb-0436", False, "In German, a stranger comments under Sam's book announcement that it is one more book nobody needs; hostile.",
  "hostile first_contact non_english lang_de",
  {"a": P("Egon Waldbrunner")},
  [th(F, [
      (ME, "-1d 18:00", "Die deutsche Ausgabe meines Buches ist ab heute im Handel. Danke an alle, die mitgeholfen haben!"),
      ("a", "+3h", "Noch ein Ratgeber, den kein Mensch braucht. Preise erhöhen kann jeder Dorfbäcker ohne Buch. Glückwunsch."),
  ], focus=True)]),

S("fb-0437", False, "In Portuguese, a course platform praises Sam's workshop and proposes turning it into an online course on commission, asking for a short meeting; a sales pitch.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Rúben Cordeiro-Matos")},
  [dm(F, "a", [
      ("a", "-2d 15:10", "Olá Sam! Vi as fotos do seu workshop de sábado, que sucesso 👏 Na nossa plataforma transformamos workshops em cursos online: tratamos da gravação e da venda, o Sam só paga a produção (a partir de 1.490 €) e fica com 60% das vendas. Marcamos uma reunião de 15 minutos esta semana?"),
  ], focus=True)]),

S("fb-0438", False, "In Spanish, Sam wrote to a shop owner who had commented on his post months ago, offering to talk, and never got an answer; Sam's own ask.",
  "owner_only ask_call non_english lang_es",
  {"a": P("Casilda Valdeolmos")},
  [th(F, [
      (ME, "-110d 10:00", "Tres errores que veo cada semana en las tiendas que suben precios."),
      ("a", "+2h", "El segundo es el mío, clavado 😅"),
  ]),
   dm(F, "a", [
      (ME, "-105d 12:00", "Hola Casilda, vi tu comentario. Si te apetece, hablamos 20 minutos por teléfono y lo vemos con tu tienda."),
      (ME, "-80d 09:30", "¡Hola de nuevo! La oferta sigue en pie si te viene bien."),
  ], focus=True)]),

S("fb-0439", False, "An events manager asked whether Sam would speak at a conference and, before any call, wrote that the board had cancelled the event; withdrawn.",
  "closed reciprocity first_contact",
  {"a": P("Fitzgerald Okoye-Brandt")},
  [dm(F, "a", [
      ("a", "-5d 11:00", "Hi Sam, would you consider speaking at our retail conference in May? Happy to discuss on a call."),
      (ME, "+3h", "Hi Fitzgerald, sounds interesting. What dates are you looking at?"),
      ("a", "-1d 17:30", "Sorry Sam, bad news: the board cancelled this year's conference this morning. Apologies for the bother, I'll be in touch if it comes back next year."),
  ], focus=True)]),

S("fb-0440", False, "A conference Page's 'meet our speakers' post tags Sam among more than a dozen speakers.",
  "mass_mention small_talk",
  dict(crowd(13, 412), a=P("Retail Futures Summit")),
  [th(F, [
      ("a", "-2d 12:00", "🎤 Meet our 2026 speakers! Huge thanks to everyone joining us in Porto this June. Tickets at retailfutures.example", {"at": ats(13)}),
  ], focus=True)]),

S("fb-0441", False, "A close friend trades fast jokes with Sam in the comments under his newsletter announcement; banter, nothing to act on.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Lysander Quibell")},
  [dm(F, "a", [
      ("a", "-45d 22:00", "good luck with the talk tomorrow mate"),
  ]),
   th(F, [
      (ME, "-1d 08:00", "Issue 100 of the newsletter goes out today. 100 weeks of telling people to charge more."),
      ("a", "+5m", "100 weeks and you still haven't raised the price of the newsletter (free) 🤔"),
      (ME, "+3m", "It's a loss leader, Lysander. Textbook."),
      ("a", "+2m", "a loss leader for what, your jokes?"),
      (ME, "+2m", "The jokes are the premium tier."),
  ], focus=True)]),

S("fb-0442", False, "A stranger thanks Sam for the book that got her through night shifts at a call centre; the call word is her job, not an ask.",
  "thanks_only keyword_trap first_contact",
  {"a": P("Rosalind Thackeray")},
  [dm(F, "a", [
      ("a", "-2d 03:15", "Hi Sam, just wanted to say thank you. I read your book on my breaks during night shifts at the call centre and it gave me the courage to finally start my alterations business. That's all, no question! Thank you."),
  ], focus=True)]),

S("fb-0443", False, "A recruiter quotes Sam's book in a template message about a 'senior pricing opportunity' with an unnamed client and asks for a call.",
  "recruiter_template promotional keyword_trap first_contact",
  {"a": P("Madeleine Thorogood")},
  [dm(F, "a", [
      ("a", "-3d 09:20", "Hi Sam, I've just finished your book, what a read! 📖 Your experience is exactly what my client, a leading international retailer, is looking for in a Senior Pricing Manager. Competitive salary + bonus. Would you be open to a confidential call this week?"),
  ], focus=True)]),

# ================================================================= batch 10: first messages from strangers, clients versus sellers
# ----------------------------------------------------------------- clients (call)
S("fb-0444", True, "A hair salon owner writes for the first time about stylists leaving over commission and flat prices, and asks Sam for a call.",
  "ask_call first_contact",
  {"a": P("Shereen Abulafia")},
  [dm(F, "a", [
      ("a", "-1d 20:15", "Hi Sam, sorry to message out of the blue. I own a salon in Croydon with 6 chairs. Every stylist charges the same price whatever their experience, and my two best ones just told me they're going self-employed because they can earn more on their own. I think the price list is the problem. Could we have a call this week? I'll pay for your time."),
  ], focus=True)]),

S("fb-0445", True, "Under Sam's post about package pricing, a wedding photographer lays out her three packages and asks what Sam would charge to rework them.",
  "ask_rates first_contact",
  {"a": P("Ottilie Farnsworth")},
  [th(F, [
      (ME, "-2d 09:00", "If nobody ever picks your middle package, it isn't a middle package. It's decoration."),
      ("a", "+1h", "Ouch, this is me. Wedding photographer, packages at £1,400 / £2,100 / £3,200 and 80% of couples pick the cheapest then add extras one by one. I've been meaning to get proper help with this. What would you charge to rework them with me?"),
  ], focus=True)]),

S("fb-0446", True, "The founder of a subscription tea box, using revenue and churn figures, asks Sam for a quote for a pricing project.",
  "ask_rates first_contact",
  {"a": P("Nkechi Braithwaite")},
  [dm(F, "a", [
      ("a", "-3d 12:40", "Hello Sam, I'm the founder of Steep Society, a monthly tea subscription (about 3,100 subscribers, £19/month). Revenue is growing but churn is 9% a month and our annual plan barely sells. I think the offer is wrong rather than the tea. Could you send me a quote for a short pricing project? Happy to share our numbers."),
  ], focus=True)]),

S("fb-0447", True, "A freelance social media manager asks, as a client, for a paid session on how to package her services.",
  "ask_help ask_call first_contact",
  {"a": P("Delphine Okafor-Walsh")},
  [dm(F, "a", [
      ("a", "-2d 18:30", "Hi Sam! I'm a freelance social media manager, 7 clients, mostly restaurants. Everyone gets a custom quote and I spend more time writing proposals than posting. I'd love to turn it into 2 or 3 fixed packages. Would you do a paid session with me on Zoom? Any day next week works."),
  ], focus=True)]),

S("fb-0448", True, "A disability charity that runs a training café asks for a staff workshop and mentions a small grant to pay for it.",
  "ask_rates first_contact",
  {"a": P("Fergus Lamontagne")},
  [dm(F, "a", [
      ("a", "-2d 11:10", "Dear Sam, I coordinate the Open Door Café, a training café run by a disability charity in Glasgow. Our trainees run the till and we want them to understand why things cost what they do. We've a small grant (around £600) for a half-day workshop. Would that be something you could do, and what would you need from us?"),
  ], focus=True)]),

S("fb-0449", True, "A primary school teacher organising an enterprise week asks Sam to give a short talk and proposes a quick phone call to plan it.",
  "ask_call first_contact",
  {"a": P("Imelda Cunniffe")},
  [dm(F, "a", [
      ("a", "-1d 16:45", "Hi Sam, I teach Year 6 at a primary school in Cascais. In May our pupils run a market stall week and have to price what they make. Would you come in for 30 minutes to talk to them about prices? We can't pay much but the children would love it. Could I give you a ring to plan?"),
  ], focus=True)]),

S("fb-0450", True, "An organiser of a Christmas craft market asks Sam to run a paid pricing clinic for stallholders and asks for his fee.",
  "ask_rates first_contact",
  {"a": P("Horatio Blenkinsop")},
  [dm(F, "a", [
      ("a", "-3d 09:25", "Morning Sam, I organise the Tanner Street Christmas Market (60 stalls, all makers). Every year half of them tell me they 'did well' and then I find out they barely covered the pitch fee. I'd like to book you for a paid pricing clinic the Saturday before opening. What's your fee for a morning?"),
  ], focus=True)]),

S("fb-0451", True, "A dog walker with a waiting list comments under Sam's post, Sam invites her to message, and she asks for a call about raising prices.",
  "ask_call first_contact reciprocity",
  {"a": P("Bryony Tattersall")},
  [th(F, [
      (ME, "-3d 08:40", "A waiting list is your customers telling you the price is too low. Listen to them."),
      ("a", "+2h", "Dog walker here, 34 regular clients and 11 on the waiting list. I haven't raised prices in 3 years because I'm scared of losing the lovely old ladies 😬 can I message you?"),
      (ME, "+30m", "Of course, Bryony."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 12:05", "Hi Sam, thanks! So I charge £12 a walk, group walks of up to 4 dogs. Would you have 20 minutes for a call to help me work out a new price and how to tell people? I'm happy to pay."),
  ], focus=True)]),

S("fb-0452", True, "A plumber's wife writes a long voice-to-text message about their four-van business and asks if they can ring Sam.",
  "ask_call first_contact typo",
  {"a": P("Charmaine Dewhurst")},
  [dm(F, "a", [
      ("a", "-2d 21:50", "hi sam my husband said to message you we have a plumbing business 4 vans and 2 apprentices we charge by the hour but the boys are fast now so we earn less the better they get if that makes sense we seen your video about that on facebook could we ring you one evening or whenever suits you we will pay"),
  ], focus=True)]),

S("fb-0453", True, "On behalf of an organic veg-box cooperative, a board member writes very formally to request a meeting about subscription prices.",
  "ask_meeting first_contact",
  {"a": P("Aurelio Vandenberghe")},
  [dm(F, "a", [
      ("a", "-2d 10:30", "Dear Mr Rivera, I write on behalf of the board of Terra Comum, a cooperative of eleven organic growers near Sintra that delivers some 400 vegetable boxes each week. Our subscription prices were set at founding and have not kept pace with our costs. The board would welcome the opportunity to meet you, at our farm or in Lisbon, to discuss whether you might advise us. With kind regards, Aurelio Vandenberghe, Secretary."),
  ], focus=True)]),

S("fb-0454", True, "A regional newspaper reporter asks Sam for a phone interview about how market traders are pricing through inflation.",
  "ask_call first_contact",
  {"a": P("Gwendolyn Ashcroft")},
  [dm(F, "a", [
      ("a", "-1d 14:00", "Hi Sam, I'm a reporter with the Algarve Resident, writing about how traders at our weekly markets are coping with rising costs. A reader pointed me to your page. Could I phone you for 10-15 minutes tomorrow or Friday for a couple of quotes?"),
  ], focus=True)]),

S("fb-0455", True, "A freelance web designer, asking as a client, wants a paid Zoom hour on moving from hourly to fixed-price packages.",
  "ask_call first_contact",
  {"a": P("Lysander Pocock")},
  [dm(F, "a", [
      ("a", "-2d 13:35", "Hi Sam, I build websites for small businesses, on my own for 4 years. I still charge hourly and clients argue about every invoice. I want to sell fixed-price packages but I don't know how to handle the ones that drag on for months. Could I book an hour on Zoom with you? Tell me your rate and I'll pay upfront."),
  ], focus=True)]),

S("fb-0456", True, "A craft brewery co-founder writes, Sam asks a question, and she replies with her taproom and wholesale numbers and asks for a call.",
  "ask_call first_contact reciprocity",
  {"a": P("Henrietta Quarmby")},
  [dm(F, "a", [
      ("a", "-3d 17:10", "Hi Sam, co-founder of Driftwood Brewing here. We sell to pubs and through our own taproom and the two price lists are at war with each other. Any chance you'd help?"),
      (ME, "+2h", "Hi Henrietta, possibly! What's the split between wholesale and taproom?"),
      ("a", "+40m", "About 70% wholesale by volume but 60% of the profit comes from the taproom. Pubs are asking for a discount again. Could we do a call early next week and I'll bring the sheet?"),
  ], focus=True)]),

S("fb-0457", True, "In Brazilian Portuguese, a yoga teacher moving classes online asks, shyly, whether Sam would do a session with someone as small as her.",
  "indirect_ask first_contact non_english lang_pt",
  {"a": P("Jaciara Monteiro")},
  [dm(F, "a", [
      ("a", "-1d 22:40", "Oi Sam, tudo bem? Sou professora de yoga em Florianópolis e estou levando minhas aulas para o online. Não sei se cobro por aula, por mês, ou faço pacotes. Sei que você trabalha com empresas maiores, mas será que toparia fazer uma sessão com alguém pequena como eu? Eu pagaria, claro."),
  ], focus=True)]),

S("fb-0458", True, "In Spanish, a bike shop owner in Seville explains that repairs subsidise sales and asks if they can talk by phone.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Rocío Palomares")},
  [dm(F, "a", [
      ("a", "-2d 19:20", "Hola Sam, tengo una tienda de bicis en Sevilla. Vendemos bicis casi a coste y el taller es lo que paga el alquiler, pero cobramos las reparaciones como hace diez años. Mi socio dice que subir precios es perder clientes. ¿Podemos hablar por teléfono un rato esta semana? Te pago la consulta."),
  ], focus=True)]),

S("fb-0459", True, "In French, the founder of a Lyon communications agency asks for a call about pricing monthly retainers.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Sixtine Beaulieu-Marchal")},
  [dm(F, "a", [
      ("a", "-1d 11:50", "Bonjour Sam, je dirige une petite agence de communication à Lyon (5 personnes). Nos forfaits mensuels sont devenus ingérables : les clients en veulent toujours plus et on n'ose pas refacturer. Je cherche quelqu'un d'extérieur pour revoir notre grille. Est-ce qu'un appel la semaine prochaine serait possible ?"),
  ], focus=True)]),

S("fb-0460", True, "In French, a comics festival organiser asks Sam's rates for a paid workshop for self-published authors.",
  "ask_rates first_contact non_english lang_fr",
  {"a": P("Anatole Guérineau")},
  [dm(F, "a", [
      ("a", "-3d 15:30", "Bonjour, j'organise les Bulles de Saint-Malo, un festival de BD. On veut proposer aux auteurs autoédités un atelier sur le prix de leurs albums et de leurs dédicaces, ils bradent tout. Quels sont vos tarifs pour une demi-journée, en visio ou sur place ?"),
  ], focus=True)]),

S("fb-0461", True, "In German, a physiotherapist who runs courses asks for paid advice on course pricing.",
  "ask_help first_contact non_english lang_de",
  {"a": P("Wiebke Osterhagen")},
  [dm(F, "a", [
      ("a", "-2d 08:10", "Hallo Sam, ich habe eine Physiotherapiepraxis in Kiel und biete zusätzlich Rückenkurse an. Die Kurse sind immer voll, aber unterm Strich verdiene ich daran fast nichts. Würden Sie mich dazu beraten? Gerne gegen Honorar, sagen Sie mir einfach, wie Sie das handhaben."),
  ], focus=True)]),

S("fb-0462", True, "In German, the founder of a small software company for tradespeople asks Sam for a call about per-user pricing.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Lukas Brinkhaus")},
  [dm(F, "a", [
      ("a", "-1d 18:55", "Hi Sam, wir sind ein kleines Softwareunternehmen aus Münster und machen eine App für Handwerksbetriebe. Wir rechnen pro Nutzer ab, aber die Betriebe teilen sich die Zugänge, und wer ehrlich ist, zahlt drauf. Hätten Sie Lust auf ein Gespräch dazu? Gerne per Telefon oder Video."),
  ], focus=True)]),

S("fb-0463", True, "In Portuguese, the owner of an online ceramics shop asks for a chat about wholesale versus retail prices.",
  "ask_chat first_contact non_english lang_pt",
  {"a": P("Matilde Cordeiro Lobo")},
  [dm(F, "a", [
      ("a", "-2d 14:15", "Olá Sam! Tenho uma pequena marca de cerâmica feita à mão, vendo online e agora duas lojas querem revender. Se lhes der 50% de desconto fico sem margem nenhuma. Podíamos conversar um bocadinho sobre isto? Claro que pago o seu tempo."),
  ], focus=True)]),

# ----------------------------------------------------------------- sellers and other negatives (no call)
S("fb-0464", False, "A social media agency compliments Sam's Page and offers a free audit call to sell its management packages.",
  "promotional keyword_trap first_contact",
  {"a": P("Kendrick Ashby-Lowe")},
  [dm(F, "a", [
      ("a", "-2d 10:10", "Hey Sam! Love what you're doing with your page, the pricing tips are gold. I run a small agency that manages Facebook and Instagram for consultants, and I noticed your engagement has dipped lately. I'd love to offer you a free 20-min audit call, no strings. When suits?"),
  ], focus=True)]),

S("fb-0465", False, "A stranger opens with 'hey lovely' and a vague side-income question; an MLM opener.",
  "promotional first_contact",
  {"a": P("Tiffani Mowbray")},
  [dm(F, "a", [
      ("a", "-1d 21:30", "Hey lovely!! 😘 hope you don't mind me reaching out, I just LOVE your energy on here. Random question but would you be open to hearing about something that's been helping me earn extra from my phone? No pressure at all xx"),
  ], focus=True)]),

S("fb-0466", False, "A stranger comments under Sam's post to offer a free website audit by DM; a pitch in the comments.",
  "promotional first_contact",
  {"a": P("Ravindra Peckham")},
  [th(F, [
      (ME, "-2d 09:20", "Five years ago today I sent my first invoice as an independent. It was €400 and I was terrified."),
      ("a", "+3h", "Amazing journey Sam 👏 BTW I noticed your website loads slowly on mobile, which could be costing you clients. I do free audits for business owners, check your inbox!"),
  ], focus=True)]),

S("fb-0467", False, "A bookkeeper offers her services, Sam says he already has an accountant, and she presses for a 15-minute call anyway; selling to Sam.",
  "promotional keyword_trap first_contact reciprocity",
  {"a": P("Philippa Gosforth")},
  [dm(F, "a", [
      ("a", "-3d 11:00", "Hi Sam, hope you're well! I'm a bookkeeper who specialises in consultants and authors, I do everything from invoices to royalties. Would you like a hand with your books this year?"),
      (ME, "+4h", "Thanks Philippa, I'm well looked after by my accountant."),
      ("a", "+20m", "Totally understand! A lot of my clients said the same before they saw how much they were overpaying 😉 Could we do just 15 minutes so I can show you a comparison?"),
  ], focus=True)]),

S("fb-0468", False, "A startup founder asks for Sam's 'honest feedback' on his scheduling tool in a Zoom that is a product demo.",
  "promotional keyword_trap first_contact",
  {"a": P("Eamon Lockyer")},
  [dm(F, "a", [
      ("a", "-2d 15:00", "Hi Sam, I'm the founder of Slotwise, a booking tool for consultants that lets clients pay when they book. We're looking for a handful of experts to give honest feedback before we launch. Could I borrow 15 minutes on Zoom to show you around? You'd get lifetime access free."),
  ], focus=True)]),

S("fb-0469", False, "An expo organiser invites Sam to exhibit at a business fair, which means paying for a stand.",
  "promotional first_contact",
  {"a": P("Juniper Hetherington")},
  [dm(F, "a", [
      ("a", "-1d 12:20", "Hi Sam! We're hosting the Lisbon Small Business Expo in September (3,000 visitors) and we'd love to have you! Exhibitor tables start at €390 and the first 20 bookings get a free spot in our speaker corner. Shall I send the booking form?"),
  ], focus=True)]),

S("fb-0470", False, "A course platform invites Sam into its affiliate programme with a recurring commission and a call to onboard him.",
  "promotional keyword_trap first_contact",
  {"a": P("Marcelo Fairweather")},
  [dm(F, "a", [
      ("a", "-2d 16:40", "Hey Sam, Marcelo from Coursely here. Your audience is exactly who buys our course-building software. Our partners earn 40% recurring for every subscriber they refer, some make more from it than from their own courses! Want to jump on a quick onboarding call?"),
  ], focus=True)]),

S("fb-0471", False, "A photographer flatters Sam's book launch photos and offers a paid personal-branding shoot.",
  "promotional first_contact",
  {"a": P("Anouk Whitcombe")},
  [dm(F, "a", [
      ("a", "-3d 19:15", "Hi Sam! Congrats on the book 🎉 I couldn't help noticing your profile photo doesn't do you justice, you deserve photos as strong as your writing! I do personal brand shoots in Lisbon, €350 for 30 edited images. I have two spots left this month, want one?"),
  ], focus=True)]),

S("fb-0472", False, "An insurance agent claims a mutual friend suggested him and asks for a call about income-protection cover.",
  "promotional keyword_trap first_contact",
  {"a": P("Desmond Farrelly")},
  [dm(F, "a", [
      ("a", "-2d 13:05", "Hi Sam, we haven't met but we've a few friends in common. I help self-employed people protect their income if they can't work through illness. Most freelancers I speak to have no cover at all. Could I give you a quick call this week? Only takes 10 minutes."),
  ], focus=True)]),

S("fb-0473", False, "A networking club adds Sam and eleven strangers to a Messenger group to sell breakfast memberships; a mass message.",
  "mass_mention promotional first_contact",
  dict(crowd(11, 83), a=P("Harriet Pengelly")),
  [dm(F, "a " + ats(11), [
      ("a", "-2d 07:30", "Harriet Pengelly added Sam Rivera and 11 others to the group."),
      ("a", "+1m", "Good morning all ☀️ I've added you because you're brilliant local business owners! Our Lisbon Business Breakfast club has 5 founding memberships left at €79/month. First breakfast is free, just reply with your email!"),
  ], focus=True, title="Lisbon Business Breakfast")]),

S("fb-0474", False, "Sam asked a print shop's Page for a quote and only its automatic reply has come back.",
  "automated",
  {"a": P("Inkwell Print Studio")},
  [dm(F, "a", [
      (ME, "-1d 17:40", "Hi, could I get a quote for 200 copies of an A4 workbook, 24 pages, stapled, for a workshop next month?"),
      ("a", "+1m", "Thanks for getting in touch! We usually reply within one working day. Opening hours: Mon-Fri 9am-6pm."),
  ], focus=True)]),

S("fb-0475", False, "A florist asked for help with wedding pricing seven weeks ago and never followed up; stale.",
  "stale ask_help first_contact",
  {"a": P("Clementine Oyelowo")},
  [dm(F, "a", [
      ("a", "-49d 18:00", "Hi Sam, I'm a florist and weddings are eating my weekends for almost no profit. Could you help me figure out how to price them?"),
  ], focus=True)]),

S("fb-0476", False, "A stranger says a friend of a friend sent her and pitches a forex trading mentor; spam.",
  "spam promotional first_contact",
  {"a": P("Veronica Lathbury")},
  [dm(F, "a", [
      ("a", "-1d 02:15", "Hello Sam, how are you doing today? A friend recommended you to me. I want to introduce you to my mentor who helped me make $8,400 in two weeks trading forex. Are you interested in earning too?"),
  ], focus=True)]),

S("fb-0477", False, "A business coach flatters Sam's posts and offers a 'quick chat' about scaling to higher months; selling coaching.",
  "promotional keyword_trap first_contact",
  {"a": P("Jethro Caldicott")},
  [dm(F, "a", [
      ("a", "-2d 12:45", "Sam, your posts are some of the most thoughtful in my feed, seriously. I work with consultants who are great at the work but stuck at the same income every year. I've got a framework that's taken clients from 8k to 25k months. Fancy a quick chat to see if there's a fit?"),
  ], focus=True)]),

S("fb-0478", False, "In Spanish, a logo designer offers a rebrand of Sam's personal brand with a discount; a service pitch.",
  "promotional first_contact non_english lang_es",
  {"a": P("Candela Urrutia")},
  [dm(F, "a", [
      ("a", "-3d 16:20", "Hola Sam!! Soy diseñadora gráfica y me encanta tu contenido 🙌 Creo que tu marca personal merece una identidad a la altura. Este mes tengo un 30% de descuento en rebranding completo (logo, paleta y plantillas). ¿Te paso mi portfolio?"),
  ], focus=True)]),

S("fb-0479", False, "In Spanish, a property agent offers Sam an off-plan investment on the coast and asks to call him.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Eusebio Carmona")},
  [dm(F, "a", [
      ("a", "-2d 11:40", "Buenas tardes Sam. Trabajo con inversores extranjeros en la Costa del Sol. Tenemos apartamentos sobre plano con una rentabilidad garantizada del 7% anual, ideales para autónomos que quieren diversificar. ¿Le puedo llamar mañana y se lo explico en cinco minutos?"),
  ], focus=True)]),

S("fb-0480", False, "In French, a public-speaking coach praises Sam's videos and offers coaching sessions with a discovery call.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Baptistine Lefranc")},
  [dm(F, "a", [
      ("a", "-1d 17:05", "Bonjour Sam, j'ai regardé plusieurs de vos vidéos et votre fond est excellent. Par contre, à l'oral, vous perdez un peu votre public dans les premières secondes. Je suis coach en prise de parole et je propose un appel découverte gratuit de 30 minutes. Ça vous tente ?"),
  ], focus=True)]),

S("fb-0481", False, "In French, an appointment-booking SaaS asks Sam for his 'opinion' in a video call that is a demo with a discount.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Maxence Vidalenc")},
  [dm(F, "a", [
      ("a", "-3d 10:35", "Salut Sam ! On a lancé RDVfacile, une appli de prise de rendez-vous avec paiement intégré pour les consultants. On cherche l'avis de quelques experts comme toi. 15 minutes en visio pour te la montrer ? En échange, 6 mois offerts."),
  ], focus=True)]),

S("fb-0482", False, "In German, a magazine offers Sam a 'cooperation', a paid feature in its expert portrait series.",
  "promotional first_contact non_english lang_de",
  {"a": P("Sabine Luckhardt")},
  [dm(F, "a", [
      ("a", "-2d 09:50", "Hallo Sam, wir vom Magazin 'Erfolgreich Selbstständig' möchten Sie gerne in unserer Reihe 'Experten im Porträt' vorstellen! Das Kooperationspaket mit Interview, Foto und Online-Verlinkung kostet einmalig 480 € zzgl. MwSt. Darf ich Ihnen die Unterlagen schicken?"),
  ], focus=True)]),

S("fb-0483", False, "In Portuguese, a podcast agency offers to place Sam on Brazilian podcasts for a monthly fee.",
  "promotional first_contact non_english lang_pt",
  {"a": P("Thiago Albuquerque Rezende")},
  [dm(F, "a", [
      ("a", "-2d 20:05", "Fala Sam, beleza? Aqui é o Thiago da Voz Expert. A gente coloca especialistas como você nos maiores podcasts de negócios do Brasil. O plano básico é R$ 2.900 por mês com três entrevistas garantidas. Posso te mandar a lista de programas?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 11: Sam's Iberian, French and German-speaking network
S("fb-0484", True, "In Andalusian Spanish, a friend of Sam's cousin who runs a flamenco school asks for a phone call about her fees and Sam offers Friday.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": P("Macarena Olivares Pizarro")},
  [dm(F, "a", [
      ("a", "-3d 19:50", "Holaaa Sam! Soy Macarena, amiga de tu prima Lucía, la de Triana 😊 Ella me ha dicho que tú de precios sabes un montón. Tengo una academia de flamenco en Sevilla, unas 120 alumnas, y estamos pensando en cambiar las mensualidades por bonos trimestrales pero no me aclaro nada. ¿Tendrías un ratito para hablar por teléfono esta semana? Cuando a ti te venga bien, eh, que sé que vas liadísimo"),
      (ME, "+2h", "¡Hola Macarena! Claro que sí. ¿Te viene bien el viernes sobre las 11 de aquí, las 12 en Sevilla?"),
      ("a", "+15m", "¡Vale, genial! El viernes a las 12 te llamo. ¡Mil gracias, de verdad! 💃"),
  ], focus=True)]),

S("fb-0485", True, "In Colombian Spanish, an old friend adds a Medellín restaurant owner to a group and she asks Sam for a video call next week, which they fix.",
  "introduction first_contact ask_call reciprocity many_turns non_english lang_es",
  {"k": P("Camilo Arbeláez Henao"), "n": P("Valeria Osorio Quintero")},
  [dm(F, "k", [
      ("k", "-400d 20:00", "Parce, qué alegría verte en Lisboa! La próxima la pago yo 🍻"),
      (ME, "+10h", "Jaja hecho, Camilo. ¡Un abrazo!"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 15:00", "Camilo Arbeláez Henao added Sam Rivera and Valeria Osorio Quintero to the group."),
      ("k", "+1m", "Sam, te presento a Valeria, una amiga que tiene dos restaurantes en Medellín. Le conté lo que haces y quedó interesadísima. Valeria, Sam es un crack, te dejo en buenas manos 🙌"),
      ("n", "+30m", "Hola Sam, mucho gusto, y gracias Camilo! Te cuento rápido: tenemos dos restaurantes en El Poblado y queremos subir la carta pero nos da miedo perder clientela. ¿Será que podríamos hacer una videollamada la otra semana? Como te quede más fácil con la diferencia horaria."),
      (ME, "+3h", "Hola Valeria, encantado. Claro, ¿el martes a las 16h de Lisboa, que serían las 10h en Medellín?"),
      ("n", "+20m", "Perfecto, quedamos así. Mil gracias y qué pena contigo por la molestia 🙏"),
  ], focus=True, title="Camilo, Valeria y Sam")]),

S("fb-0486", True, "In French, a Bordeaux bakery owner comments on Sam's post and then asks him by message for a devis for a pricing engagement; a first call is being arranged.",
  "ask_rates ask_call first_contact reciprocity non_english lang_fr",
  {"a": P("Gaëlle Lemarchand-Rioux")},
  [th(F, [
      (ME, "-3d 09:30", "Bakeries: your cheapest item sets the tone for the whole counter. A post on pricing the baguette, the croissant and the cake nobody buys."),
      ("a", "+4h", "Ça c'est tellement vrai. On a 3 boulangeries à Bordeaux et on n'a jamais osé toucher au prix de la tradition. Je vous écris en privé !"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 14:05", "Bonjour Sam, c'est Gaëlle, de la boulangerie à Bordeaux (commentaire sous votre post). Est-ce que vous faites des accompagnements sur ce genre de sujet ? Si oui, pourriez-vous m'envoyer un devis ? On aimerait revoir toute la gamme avant la rentrée. Bonne journée !"),
      (ME, "+5h", "Bonjour Gaëlle, oui tout à fait. Pour chiffrer, il me faudrait votre gamme actuelle avec prix et volumes. On peut aussi faire un premier échange de 20 minutes pour cadrer, si ça vous va."),
      ("a", "+1h", "Super, je vous envoie le fichier demain. Pour l'échange, jeudi ou vendredi matin c'est parfait pour moi."),
  ], focus=True)]),

S("fb-0487", True, "In Belgian French, a Liège non-profit coordinator invites Sam to give a two-hour workshop to about seventy artisans with a small fee and asks to discuss it by phone.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Ludivine Wauthier")},
  [dm(F, "a", [
      ("a", "-2d 11:20", "Bonjour Sam ! Je suis Ludivine, je coordonne une asbl à Liège qui accompagne les artisans et les petits commerces. Chaque année on organise une journée de formation, cette fois en novembre, et on aimerait beaucoup vous avoir pour un atelier sur les prix (2 h, environ septante participants). On a un petit budget pour les intervenants et on prend en charge le déplacement. Est-ce que ça vous dirait ? On pourrait en discuter par téléphone quand ça vous arrange. À tantôt peut-être !"),
  ], focus=True)],
  as_of="2025-09-16 07:30"),

S("fb-0488", True, "In German, a university friend silent for almost four years has taken over his father's joinery and asks Sam to talk, as a paid job, about how they price quotes.",
  "reengagement ask_call non_english lang_de",
  {"a": P("Jörg Tiedemann-Kuhl")},
  [dm(F, "a", [
      ("a", "-1400d 21:00", "Alles Gute zum Geburtstag, Sam! Lass es dir gut gehen in Lissabon 🎉"),
      (ME, "+1d 10:00", "Danke Jörg! Grüß mir Freiburg!"),
      ("a", "-2d 20:30", "Hey Sam, lange ist's her! Kurze Frage, eher eine größere eigentlich 😅 Ich hab letztes Jahr die Schreinerei von meinem Vater übernommen (9 Leute) und wir kalkulieren unsere Angebote immer noch wie 1995: Material plus Stundensatz plus Bauchgefühl. Die Hälfte der Aufträge rechnet sich am Ende nicht. Ich weiß, dass du genau sowas machst. Hättest du Lust, mal zu telefonieren? Gerne als richtiger Auftrag, ich will das nicht umsonst."),
  ], focus=True)]),

S("fb-0489", True, "In Swiss German, a Bern yoga-studio owner hit by an 18% rent rise asks to meet Sam for coffee while he is in Zurich, and they agree Saturday morning.",
  "ask_meeting first_contact reciprocity non_english lang_de",
  {"a": P("Seraina Casutt")},
  [dm(F, "a", [
      ("a", "-1d 17:40", "Hoi Sam! Ich bin Seraina, ich folge deiner Seite schon lange. Ich habe ein kleines Yogastudio in Bern und wir müssen die Abopreise anpassen, die Miete wurde um 18 Prozent erhöht 😬 Ich habe gesehen, dass du Ende Monat am Workshop in Zürich bist. Hättest du vielleicht Zeit für einen Kaffee? Ich würde gern nach Zürich kommen. Merci vielmal und liebe Grüsse!"),
      (ME, "+3h", "Hoi Seraina! Ja, gern. Am Samstagmorgen vor dem Rückflug hätte ich Zeit, so gegen 9 beim Hauptbahnhof?"),
      ("a", "+25m", "Perfekt, das passt mir super! Ich nehme den Zug um 8. Bis dann 🙏"),
  ], focus=True)]),

S("fb-0490", True, "In European Portuguese, a neighbour's daughter who runs a four-room guesthouse in Alfama asks Sam for a coffee to get advice on high-season prices, and they set Thursday.",
  "ask_meeting first_contact reciprocity non_english lang_pt",
  {"a": P("Leonor Cabral Pestana")},
  [dm(F, "a", [
      ("a", "-2d 18:15", "Olá Sam, boa tarde! Sou a Leonor, filha da D. Graça do 2.º esquerdo 😊 A minha mãe disse-me que trabalha com preços. Eu e o meu marido temos um alojamento local em Alfama (4 quartos) e este ano os preços da concorrência estão uma loucura, já não sabemos o que cobrar na época alta. Será que podíamos tomar um café um destes dias para me dar umas dicas? O café e o pastel de nata são por minha conta 😄"),
      (ME, "+1h", "Olá Leonor! Claro, com todo o gosto. Quinta de manhã na pastelaria ao fundo da rua?"),
      ("a", "+10m", "Combinado! Quinta às 10h. Muito obrigada!"),
  ], focus=True)]),

S("fb-0491", True, "In Brazilian Portuguese, a freelance designer in Porto asks Sam to mentor her on quoting, offering to pay, and Sam proposes a first call.",
  "ask_help ask_chat first_contact reciprocity many_turns typo non_english lang_pt",
  {"a": P("Ingrid Bastos Farias")},
  [dm(F, "a", [
      ("a", "-4d 22:30", "Oi Sam, tudo bem? Desculpa a cara de pau de te mandar mensagem assim do nada 🙈 Sou designer, brasileira, moro no Porto há dois anos e comecei a trabalhar como freelancer. Sigo sua página e aprendi muito, mas na hora de mandar orçamento eu travo, sempre cobro menos do que devia."),
      ("a", "+2m", "Queria te perguntar se voce toparia me dar uma mentoria, nem que seja uma conversa de uma hora por mes. Posso pagar, claro, dentro do que da pra mim agora."),
      (ME, "+14h", "Oi Ingrid! Que bom que a página ajuda. Topo sim. Vamos começar com uma chamada de meia hora para entender onde você está? Me manda um exemplo de orçamento que você enviou recentemente."),
      ("a", "+40m", "Nossa, muito obrigada!!! Te mando hoje ainda. Qualquer dia da semana que vem depois das 18h fica ótimo pra mim."),
  ], focus=True)]),

S("fb-0492", True, "A Jaén olive-oil producer writes in non-native English on Facebook and again on Twitter two days later, asking to talk by phone or video about online prices.",
  "cross_platform first_contact ask_call",
  {"a": P("Inmaculada Roldán Vega", tw="inma_almazara")},
  [dm(F, "a", [
      ("a", "-4d 10:30", "Hello Sam, I am Inma, my family have an olive oil mill in Jaén. We start to sell online to Germany and Netherlands but the prices we put are very random. My English is not perfect sorry. I think maybe you can help us? Can we talk by phone or video some day?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 12:15", "Hi Sam, I write you also on Facebook some days ago about our olive oil mill (online prices for Germany). Maybe the message go to the other folder. I would like very much to talk with you 🫒"),
  ], focus=True)]),

S("fb-0493", True, "A Hossegor surf-shop owner, new to Sam, asks question after question about rental prices under his post while Sam answers within minutes.",
  "many_turns reciprocity fast_reply first_contact",
  {"a": P("Romain Etcheverry")},
  [th(F, [
      (ME, "-1d 09:00", "Rentals are the most under-priced thing in most surf and bike shops. You price them like a commodity and they are actually your marketing."),
      ("a", "+20m", "Interesting! I run a surf shop in Hossegor. Our board rental is 20€/day, everybody around has the same. You think we should go up or down?"),
      (ME, "+8m", "Neither, first. Who rents? If it's mostly beginners on holiday, sell the half-day with a lesson slot, not the board."),
      ("a", "+6m", "80% tourists yes. And the week rental? People ask for discount always."),
      (ME, "+5m", "Offer the week at five days' price, but only if booked online before arrival. The discount buys you an advance booking."),
      ("a", "+4m", "Ok I like this a lot. And wetsuits, separate price or included?"),
      (ME, "+7m", "Included in the half-day package, separate on the bare board. It makes the package the obvious choice."),
      ("a", "+3m", "Merci, this is gold. I test it next season and tell you the results 🤙"),
  ], focus=True)]),

S("fb-0494", True, "An Erasmus friend silent for four years now coordinates an executive master in Porto and asks for a call about a paid two-day pricing module.",
  "reengagement ask_call",
  {"a": P("Federica Manganelli")},
  [dm(F, "a", [
      ("a", "-1500d 23:00", "Sam!!! Happy birthday from Bologna 🎂 Erasmus forever"),
      (ME, "+9h", "Grazie Fede!! Miss those days"),
      ("a", "-3d 13:10", "Sam, hi! It's been ages. I've been teaching at a business school in Porto since last year and I'm now coordinating the executive master in retail management. We need someone for a two-day module on pricing in March and your name was the first that came to mind (and the director's, she has your book!). It's paid, of course. Could we have a call to talk about it?"),
  ], focus=True)]),

S("fb-0495", True, "A Lisbon bike-tour operator whose booking site shows prices at a quarter of the real amount asks Sam for urgent help, and a call is set for this morning.",
  "ask_help ask_call first_contact reciprocity fast_reply",
  {"a": P("Henrike Achterberg-Lopes")},
  [dm(F, "a", [
      ("a", "-1d 16:20", "Hi Sam, we've never met but my friend Kiko follows you and said I should just ask. I run bike tours in Lisbon. This morning our booking platform published the summer prices with a wrong currency conversion, so UK customers see tours for £9 instead of £39, and we've had 60 bookings since 7am 😱 Do I honour them, cancel, email everyone? I'm panicking a bit. Could you spare 15 minutes on the phone?"),
      (ME, "+12m", "Ouch. Don't cancel anything yet and fix the price on the site now. I can call you tomorrow at 10, does that work?"),
      ("a", "+3m", "Yes!! Fixed the price already. Tomorrow 10am, thank you so much."),
  ], focus=True)],
  as_of="2025-06-03 07:00"),

S("fb-0496", True, "An old friend tags a ceramicist under Sam's post, she asks for a short call there and follows up by message with her line sheet.",
  "introduction first_contact ask_call reciprocity",
  {"k": P("Bernardo Salgueiro"), "n": P("Solène Ferrandis")},
  [dm(F, "k", [
      ("k", "-150d 20:00", "Dinner at ours on the 12th? Marta's making bacalhau."),
      (ME, "+1h", "Count me in!"),
  ]),
   th(F, [
      (ME, "-3d 10:00", "How I'd price a first collection if I were a ceramicist starting out: a short guide, with numbers."),
      ("k", "+3h", "Solène Ferrandis this is for you!! Sam is the person I told you about 👆", {"at": "n"}),
      ("n", "+2h", "Bernardo you're the best. Sam, would you have time for a short call? I'm launching my first collection in September and I'm lost between wholesale and retail prices."),
      (ME, "+1h", "Of course, Solène. Send me a message and we'll find a time."),
  ], focus=True),
   dm(F, "n", [
      ("n", "-2d 09:15", "Hi Sam, Solène from Bernardo's comment 🙂 Here's my line sheet draft. I'm free most mornings next week for a call, whatever suits you!"),
  ], focus=True)]),

S("fb-0497", True, "An Appenzell chocolatier writing formal non-native English asks indirectly whether Sam would spend half an hour, paid, on prices unchanged since 2009.",
  "ask_chat indirect_ask first_contact",
  {"a": P("Urs Gschwend-Meier")},
  [dm(F, "a", [
      ("a", "-2d 20:45", "Hello Sam. I make chocolate in a small atelier in Appenzell, mostly for tourists and some shops in Zurich. A customer from Lisbon gave me your name. I don't know if this is something you do, but our prices were set by my father in 2009 and never really changed except for cocoa. If you ever have half an hour, I would be happy to explain our situation, and of course pay for it. Kind regards, Urs"),
  ], focus=True)]),

S("fb-0498", True, "A Madrid coworking community manager asks what Sam would charge for a two-hour workshop, accepts the fee and asks for a call to fix date and content.",
  "ask_rates ask_call first_contact reciprocity",
  {"a": P("Gabriel Montalbán Ortuño")},
  [dm(F, "a", [
      ("a", "-3d 12:00", "Hi Sam! I'm Gabriel, community manager at a coworking in Lavapiés. Most of our 140 members are freelancers from everywhere, so we do our events in English. We'd love to host a 2-hour pricing workshop with you in October, in person or online. What would you charge for something like that?"),
      (ME, "+4h", "Hi Gabriel, sounds great. In person in Madrid would be my preference. For 2 hours plus Q&A it's usually €900 plus travel. How many people do you expect?"),
      ("a", "+1h", "That works for our budget! Around 40. Could we jump on a call this week to fix the date and the content?"),
  ], focus=True)],
  as_of="2025-08-19 07:30"),

S("fb-0499", True, "An Antwerp founder Sam met once at a barbecue asks for honest feedback on his meal-kit pricing page, by message or a quick video call.",
  "ask_feedback ask_call first_contact",
  {"a": P("Wouter Vanhaelewyn")},
  [dm(F, "a", [
      ("a", "-1d 14:30", "Hi Sam, Wouter here, I think we met briefly at Inês's barbecue in Cascais last summer. I'm launching a meal-kit subscription in Antwerp and I've drafted our pricing page (attached). Would you be willing to give me some honest feedback on it? And if it's easier, a quick video call to go through it. No rush, launch is in three weeks."),
  ], focus=True)]),

S("fb-0500", False, "In Spanish, the cousins' group trades Christmas Eve greetings and asks if Sam is coming home; family chat.",
  "small_talk reciprocity many_turns non_english lang_es",
  {"a": P("Almudena Castaño Rivera"), "b": P("Nacho Castaño Rivera"), "c": P("Pilar Ledesma Castaño")},
  [dm(F, "a b c", [
      ("a", "-1d 20:10", "¡Feliz Nochebuena familia! 🎄 Aquí ya estamos con el cordero, os echamos de menos"),
      ("b", "+5m", "Feliz Navidad a todossss 🎅 Sam, ¿este año tampoco vienes? 😢"),
      (ME, "+30m", "¡Feliz Navidad! Este año no, pero en Reyes me tenéis ahí 🙌"),
      ("c", "+10m", "¡Eso, eso! Que el roscón no se come solo 😂"),
      ("a", "+3m", "Os quiero 💛"),
  ], focus=True, title="Primos 🎄")],
  as_of="2025-12-25 08:30"),

S("fb-0501", False, "In Spanish, an acquaintance silent for two and a half years comes back as an insurance agent asking for 'cinco minutitos' on the phone.",
  "reengagement promotional keyword_trap non_english lang_es",
  {"a": P("Marisa Cendoya Lapuerta")},
  [dm(F, "a", [
      ("a", "-900d 18:00", "¡Sam! Qué ilusión encontrarte por aquí. ¡Un beso!"),
      (ME, "+3h", "¡Igualmente, Marisa! Un beso."),
      ("a", "-1d 12:40", "Hola Sam!! Cuánto tiempo 😊 Oye, te cuento que ahora trabajo como agente de seguros y estoy ayudando a muchos autónomos con seguros de salud y de baja laboral, que sé que los autónomos vais muy desprotegidos. ¿Te puedo llamar cinco minutitos esta semana y te explico? Sin compromiso, eh."),
  ], focus=True)]),

S("fb-0502", False, "In Spanish, a Madrid friend has a llamada with his landlord about the boiler and reports back; banter and an invitation to drinks Sam cannot attend.",
  "keyword_trap small_talk reciprocity many_turns typo non_english lang_es",
  {"a": P("Borja Elizalde Moreno")},
  [dm(F, "a", [
      ("a", "-90d 22:00", "¿Viste el partido? 😭"),
      (ME, "+10h", "No me hables."),
      ("a", "-2d 21:00", "tio, mañana tengo una llamada con el casero por lo de la caldera, deseame suerte 🙃"),
      (ME, "+40m", "Jajaja mucha suerte. Grábala por si acaso"),
      ("a", "+1d 13:00", "update: dice que la paga el 🎉 esta noche cañas para celebrarlo, te vienes si estas por Madrid?"),
      (ME, "+2h", "Estoy en Lisboa, pero brinda por mí 🍻"),
  ], focus=True)]),

S("fb-0503", False, "In French, a former colleague sends New Year wishes with a vague 'visio un de ces quatre'; Sam answers and she sends a kiss emoji.",
  "small_talk keyword_trap reciprocity non_english lang_fr",
  {"a": P("Anne-Sophie Grandjean-Morel")},
  [dm(F, "a", [
      ("a", "-380d 10:00", "Bonne année Sam ! 🎉"),
      (ME, "+2h", "Bonne année Anne-Sophie !"),
      ("a", "-1d 11:15", "Bonne année Sam !! 🥂 Plein de belles choses pour 2026, de beaux projets et surtout la santé. On se fait une visio un de ces quatre pour se raconter nos vies ?"),
      (ME, "+3h", "Bonne année Anne-Sophie ! Merci, à toi aussi, plein de bonnes choses 🥂"),
      ("a", "+10m", "😘"),
  ], focus=True)],
  as_of="2026-01-02 08:00"),

S("fb-0504", False, "In French, a wealth adviser pitches tax-efficient investments to French self-employed people in Portugal and asks for a phone appointment.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Thibault Lecomte-Arnoult")},
  [dm(F, "a", [
      ("a", "-2d 18:30", "Bonjour Sam, je me permets de vous contacter car j'accompagne de nombreux indépendants installés au Portugal dans l'optimisation de leur patrimoine (assurance-vie luxembourgeoise, SCPI, placements défiscalisés). Avec la fin de l'ancien régime fiscal, beaucoup passent à côté d'opportunités importantes. Seriez-vous disponible pour un rendez-vous téléphonique de 20 minutes cette semaine ? Bien cordialement."),
  ], focus=True)]),

S("fb-0505", False, "In Quebec French, a soap maker asked for a call two months ago and never wrote again; stale.",
  "stale ask_call first_contact typo non_english lang_fr",
  {"a": P("Marie-Ève Desrochers-Paquin")},
  [dm(F, "a", [
      ("a", "-63d 20:00", "Allo Sam! Je fais des savons artisanaux a Quebec pis je vends au marche et en ligne. Je pense que je charge pas assez cher mais j'ai peur de perdre mes clientes. Aurais-tu du temps pour un appel un moment donne? Merci!"),
  ], focus=True)]),

S("fb-0506", False, "In Austrian German, a friend from Graz sends Easter wishes, Sam answers, and she replies with emoji.",
  "small_talk reciprocity non_english lang_de",
  {"a": P("Gudrun Pichlmayr")},
  [dm(F, "a", [
      ("a", "-330d 19:00", "Schöne Grüße aus Graz! Wann kommst du uns wieder besuchen?"),
      (ME, "+1d 09:00", "Bald hoffentlich! Liebe Grüße an Ferdl."),
      ("a", "-1d 09:10", "Frohe Ostern, lieber Sam! 🐣🌷 Hoffentlich scheint in Lissabon die Sonne. Liebe Grüße aus Graz, auch vom Ferdl!"),
      (ME, "+4h", "Frohe Ostern euch beiden! Sonne scheint, ich denk an euch 🐰"),
      ("a", "+30m", "🥰🐣"),
  ], focus=True)],
  as_of="2025-04-21 07:30"),

S("fb-0507", False, "In German, a neighbour asks Sam to mind her dog because of a Termin at the dentist; a favour between neighbours.",
  "keyword_trap small_talk reciprocity non_english lang_de",
  {"a": P("Katrin Mühlenbeck")},
  [dm(F, "a", [
      ("a", "-60d 18:00", "Danke fürs Blumengießen, Sam! Die Basilikumpflanze lebt noch 😄"),
      (ME, "+1h", "Gern geschehen!"),
      ("a", "-1d 19:30", "Hallo Sam, blöde Frage: könntest du morgen früh kurz Bruno nehmen? Ich hab um 10 einen Termin beim Zahnarzt und danach noch einen Termin bei der Finanças 🙈"),
      (ME, "+20m", "Klar, bring ihn einfach um halb zehn vorbei."),
      ("a", "+5m", "Du bist der Beste! Leckerlis bring ich mit 🐶"),
  ], focus=True)]),

S("fb-0508", False, "In German, a Tyrolean inn's Page answers Sam's room enquiry with its automatic 24-hour reply.",
  "automated non_english lang_de",
  {"a": P("Gasthof Kreuzwirt Tannheim")},
  [dm(F, "a", [
      (ME, "-2d 17:00", "Guten Tag, haben Sie vom 12. bis 14. September noch ein Doppelzimmer frei?"),
      ("a", "+1m", "Vielen Dank für Ihre Nachricht! 🏔️ Wir melden uns so schnell wie möglich, spätestens innerhalb von 24 Stunden. Für Buchungen nutzen Sie bitte auch unser Anfrageformular auf der Website. Herzliche Grüße, Ihr Team vom Gasthof Kreuzwirt"),
  ], focus=True)],
  as_of="2025-07-08 07:00"),

S("fb-0509", False, "In Portuguese, the building's group chat reminds everyone of the reunião de condomínio and the painting orçamento; residents' logistics.",
  "keyword_trap small_talk reciprocity many_turns non_english lang_pt",
  {"a": P("Fernando Lacerda Rebelo"), "b": P("Olga Figueiras"), "c": P("Rui Pamplona Soares")},
  [dm(F, "a b c", [
      ("a", "-2d 19:00", "Boa noite a todos. Relembro que a reunião de condomínio é quinta-feira às 21h na entrada do prédio. Ordem de trabalhos: orçamento para a pintura da fachada e a infiltração do 3.º direito."),
      ("b", "+30m", "Obrigada Sr. Fernando. Já agora, o orçamento da pintura é o da empresa que veio em março?"),
      ("a", "+10m", "Sim, e há mais um que chegou ontem, levo os dois."),
      (ME, "+1h", "Boa noite, eu estarei presente."),
      ("c", "+15m", "Eu não consigo ir, passo procuração à D. Olga 👍"),
  ], focus=True, title="Prédio Travessa do Cabral 9")]),

S("fb-0510", False, "In Brazilian Portuguese, a course seller pitches a 'six-figure consultant' method and, after Sam declines, offers a free analysis on a call.",
  "promotional keyword_trap first_contact reciprocity non_english lang_pt",
  {"a": P("Jhonatan Saldanha Prates")},
  [dm(F, "a", [
      ("a", "-1d 13:40", "E aí Sam, tudo certo? 🔥 Vi que você é consultor e acho que tá deixando MUITO dinheiro na mesa. Meu método Consultor 6 Dígitos já ajudou mais de 3 mil alunos a fechar contratos high ticket. As vagas da turma nova fecham sexta! Quer que eu te mande o link com bônus exclusivo?"),
      (ME, "+6h", "Obrigado, não tenho interesse."),
      ("a", "+5m", "Tranquilo! Mas me diz uma coisa, quanto você fatura hoje por mês? Posso fazer uma análise gratuita numa call de 15 min 😉"),
  ], focus=True)]),

S("fb-0511", False, "In European Portuguese, an estate agent says she has buyers in Sam's area and offers to call or visit for a free valuation.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Sónia Carvalhais Brito")},
  [dm(F, "a", [
      ("a", "-2d 10:20", "Bom dia Sam! Sou consultora imobiliária na zona da Graça e Penha de França. Neste momento tenho vários clientes estrangeiros à procura de apartamentos T2 na sua zona, com pagamento a pronto. Caso esteja a pensar vender ou arrendar, ou queira saber quanto vale o seu imóvel, posso ligar-lhe ou passar aí para uma avaliação gratuita? Votos de uma ótima semana!"),
  ], focus=True)]),

S("fb-0512", False, "A former colleague sends birthday wishes with a loose 'let's catch up soon' and Sam thanks her; nothing concrete.",
  "small_talk reciprocity keyword_trap",
  {"a": P("Greta Lindahl-Oyelowo")},
  [dm(F, "a", [
      ("a", "-366d 08:00", "Happy birthday Sam! 🎉"),
      (ME, "+4h", "Thanks Greta!"),
      ("a", "-1d 08:10", "Happy birthday Sam!! 🎂🎉 Hope you have a wonderful day in sunny Lisbon!"),
      (ME, "+3h", "Thank you Greta! 😊"),
      ("a", "+2h", "Let's catch up properly soon, it's been too long x"),
  ], focus=True)]),

S("fb-0513", False, "A Madrid coworking posts 'meet our community' and tags fourteen members, Sam among them; a mass tag.",
  "mass_mention small_talk",
  dict(crowd(14, 91), a=P("Lavinia Costa-Whitfield")),
  [th(F, [
      ("a", "-1d 12:00", "Meet our community! 👋 These are some of the brilliant freelancers who made this spring at the space so special. Tag yourself if we missed you 💛", {"at": ats(14)}),
  ], focus=True)]),

S("fb-0514", False, "A Marketplace buyer sends only the pre-filled 'Is this still available?' about Sam's office chair.",
  "automated first_contact",
  {"a": P("Edvaldo Pires Lobato")},
  [dm(F, "a", [
      ("a", "-1d 21:40", "Hi, is this still available?"),
  ], focus=True, title="Sam · Ergonomic office chair")]),

S("fb-0515", False, "A café owner thanks Sam for yesterday's call about breakfast prices and Sam wishes her luck; the call has happened.",
  "closed thanks_only ask_call reciprocity first_contact",
  {"a": P("Declan Moriarty-Sousa")},
  [dm(F, "a", [
      ("a", "-10d 12:00", "Hi Sam, could we do a call about our café's breakfast menu prices? We're in Arroios, opened last year."),
      (ME, "+2h", "Sure, Tuesday at 3pm?"),
      ("a", "+10m", "Perfect"),
      ("a", "-2d 17:30", "Thanks a million for yesterday's call, Sam. Really helpful, we're changing the menu next week. I owe you a flat white!"),
      (ME, "+1h", "My pleasure Declan, good luck with the launch!"),
  ], focus=True)]),

S("fb-0516", False, "A stranger comments that Sam has never run a shop and should 'call me when you've paid a supplier'; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Gordon Whitcombe")},
  [th(F, [
      (ME, "-2d 10:00", "If your supplier raises prices by 8%, you don't have to raise yours by 8%. But you do have to decide, instead of absorbing it by default."),
      ("a", "+5h", "Raise your prices, says the man who's never run a shop. Call me when you've paid a supplier invoice out of your own pocket."),
  ], focus=True)]),

S("fb-0517", False, "An acquaintance opens with 'hey hun' and a wellness 'side income' offer and asks for a quick call; an MLM opener.",
  "promotional keyword_trap first_contact",
  {"a": P("Sharon Bakker-Doyle")},
  [dm(F, "a", [
      ("a", "-2d 20:20", "Hey hun!! 💕 Hope you're well! Random q, are you open to side income ideas? I've partnered with an amazing wellness brand and I'm looking for 3 motivated people in Portugal 🌿 No pressure at all, could we hop on a quick call this week?"),
  ], focus=True)]),

S("fb-0518", False, "The building's English-speaking neighbours sort out a misdelivered parcel; Sam only says it is not his.",
  "small_talk reciprocity many_turns",
  {"a": P("Poppy Lindgren-Hale"), "b": P("Malcolm Trevithick")},
  [dm(F, "a b", [
      ("a", "-1d 18:10", "Did anyone get a parcel for flat 3B? DHL says delivered 🙄"),
      (ME, "+15m", "Not me, sorry!"),
      ("b", "+20m", "There's one on the stairs by the 2nd floor, looks like yours Poppy"),
      ("a", "+5m", "Found it!! thank you Malcolm 🙏"),
  ], focus=True, title="Rua da Bica 22 neighbours")]),

S("fb-0519", False, "Someone asks what time Sam's library talk starts, Sam answers and she says see you there; settled.",
  "trivial_question reciprocity first_contact",
  {"a": P("Priyanka Castelo")},
  [dm(F, "a", [
      ("a", "-2d 13:00", "Hi Sam, what time does your talk at the library start on Thursday?"),
      (ME, "+1h", "18:30, doors open at 18:00."),
      ("a", "+10m", "Great, see you there!"),
  ], focus=True)]),

S("fb-0520", False, "Sam offered help with menu prices under a friend's café-opening post three months ago and nobody replied; owner only.",
  "owner_only ask_call",
  {"a": P("Adaeze Monteiro")},
  [th(F, [
      (ME, "-95d 12:00", "Congrats on the opening, Adaeze! If you ever want to talk through the menu prices, give me a call."),
  ], focus=True, root="a")]),

S("fb-0521", False, "A stranger claiming to be a deployed army engineer compliments Sam's smile and asks to chat privately; a romance scam.",
  "spam first_contact",
  {"a": P("Richard Hollenbeck")},
  [dm(F, "a", [
      ("a", "-1d 02:30", "Hello dear, how are you today? I am US army engineer on mission in the Middle East, I see your profile and like your smile. Can we be friend and chat more privately?"),
  ], focus=True)]),

S("fb-0522", False, "A Madrid talent-acquisition partner sends a Pricing Director template in English and asks for a quick call; a recruiter.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Marta Villanueva Oteiza")},
  [dm(F, "a", [
      ("a", "-2d 09:30", "Hi Sam, hope you're doing great! I'm a Talent Acquisition Partner at a search firm in Madrid. We're currently hiring a Pricing Director for a leading FMCG company and your profile matches perfectly. Are you open to new opportunities? Would love to jump on a quick call!"),
  ], focus=True)]),

S("fb-0523", False, "A Valencia startup-event organiser asked Sam to speak, Sam declined because he is away, and she replied no worries; closed.",
  "closed declined reciprocity first_contact",
  {"a": P("Jimena Arrizabalaga")},
  [dm(F, "a", [
      ("a", "-5d 11:00", "Hi Sam! I'm organising a startup evening in Valencia on 14 March, about 150 founders. Would you like to give a 20-minute talk on pricing?"),
      (ME, "+6h", "Hi Jimena, thank you for the invitation! I'm away that whole week, so I can't make it this time."),
      ("a", "+40m", "No worries at all, maybe next edition! Enjoy the trip 😊"),
  ], focus=True)],
  as_of="2026-02-24 07:00"),

# ----------------------------------------------------------------- batch 12: people Sam already knows (calls)
S("fb-0524", True, "A friend who runs food trucks asks for a proper chat about catering quotes this week and they set a call for Thursday at seven.",
  "ask_chat ask_call ask_help reciprocity many_turns",
  {"a": P("Briony Castellane")},
  [dm(F, "a", [
      ("a", "-45d 01:10", "Did you get home ok after Jules's party? 😂"),
      (ME, "+9h", "Barely."),
      ("a", "-2d 18:30", "Right, I need to be a grown-up for a minute"),
      ("a", "+1m", "got time for a proper chat about the trucks this week? I need your brain. We're getting wedding and office catering requests and I've no idea what to quote. I made up £14 a head for the last one and I think I lost money"),
      (ME, "+40m", "Ha, you probably did. Thursday evening?"),
      ("a", "+5m", "perfect, I'll call you at 7 your time. bringing wine to the phone"),
  ], focus=True)]),

S("fb-0525", True, "A garden-centre client from a year and a half ago is launching a landscaping service and asks what working with Sam would cost.",
  "reengagement ask_rates ask_call reciprocity",
  {"a": P("Dunstan Threlkeld")},
  [dm(F, "a", [
      ("a", "-560d 16:30", "All the new price labels are up. Thanks for the help Sam, the team's much more confident."),
      (ME, "+1h", "Great to hear, Dunstan!"),
      ("a", "-2d 09:40", "Morning Sam, Dunstan from the garden centre. We're launching a garden design and landscaping service in the spring and I want to price it properly from day one, not fix it later like last time 😅 Could you give me an idea of what it would cost to work with you on it?"),
      (ME, "+3h", "Hi Dunstan, great to hear from you! Happy to. A couple of questions first: how many designers, and how do you quote now, per project or per day?"),
      ("a", "+1h", "Two designers and a crew of four. We quote on gut feeling at the moment. Happy to talk it through on the phone if that's easier."),
  ], focus=True)]),

S("fb-0526", True, "A neighbour adds Sam and her brother to a Messenger group and the brother, who runs a physio practice, books a paid call about packages.",
  "introduction first_contact ask_call reciprocity",
  {"k": P("Marjolein Aldous"), "n": P("Pieter Aldous")},
  [dm(F, "k", [
      ("k", "-40d 12:00", "Sam, your parcel's with me, pop by whenever."),
      (ME, "+2h", "Thanks Marjolein!"),
  ]),
   dm(F, "k n", [
      ("k", "-3d 20:00", "Marjolein Aldous added Sam Rivera and Pieter Aldous to the group."),
      ("k", "+1m", "Sam, this is my brother Pieter, he's just taken over a physio practice in Cascais and is tearing his hair out over packages vs single sessions. I told him you're the pricing man. I'll leave you to it!"),
      ("n", "+1h", "Hi Sam, thanks for this (and thanks sis). We have 3 physios and people book single sessions, then disappear after two. Would you have time for a call this week? Of course I'd pay for your time."),
      (ME, "+2h", "Hi Pieter, nice to meet you. Happy to, Thursday at 6?"),
      ("n", "+15m", "Thursday at 6 is great."),
  ], focus=True, title="Marjolein, Pieter and Sam")]),

S("fb-0527", True, "A former colleague silent for over a year and a half proposes a joint branding-and-pricing programme and they fix lunch in Lisbon.",
  "reengagement ask_meeting reciprocity",
  {"a": P("Ingrid Solvang-Matos")},
  [dm(F, "a", [
      ("a", "-600d 14:00", "Your leaving card is in the post! Everyone signed it, even Malcolm."),
      (ME, "+3h", "Ha, thank you Ingrid!"),
      ("a", "-2d 10:30", "Sam! It's been ages. I've been running branding workshops for craft businesses (ceramicists, jewellers, leather workers) and the question at the end is always 'but what do I charge?'. I think we should build a two-day programme together, my branding day plus your pricing day, sold as one. I'm in Lisbon Tuesday to Thursday next week: lunch?"),
      (ME, "+5h", "Love this. Wednesday lunch works, I'll book somewhere in Príncipe Real."),
      ("a", "+20m", "Yesss. I'll bring a rough outline."),
  ], focus=True)]),

S("fb-0528", True, "A university friend who now runs a family hotel comments on Sam's post and then asks by Messenger for a paid call about direct-booking prices.",
  "reengagement ask_call",
  {"a": P("Cormac Ellery-Banks")},
  [dm(F, "a", [
      ("a", "-730d 09:00", "Happy birthday Sam! 🎂"),
      (ME, "+4h", "Thanks Cormac!"),
      ("a", "-2d 10:00", "Sam, I wasn't joking in my comment. We took over my in-laws' hotel in Kerry last year, 22 rooms, and the booking sites take 18% of every night. I want to sort out our direct-booking prices before the summer. Could we have a call this week? I'll pay you properly, this isn't a favour."),
  ], focus=True),
   th(F, [
      (ME, "-3d 08:30", "Hotels: your room rate is not your price. The cancellation policy, the breakfast and the minimum stay are all part of the price."),
      ("a", "+2h", "We should talk about this for the hotel, honestly."),
  ])]),

S("fb-0529", True, "A mentee meets an agency on Friday about her first big retainer and asks for a session beforehand, even by phone.",
  "ask_call ask_help",
  {"a": P("Yewande Abernethy")},
  [dm(F, "a", [
      ("a", "-35d 19:00", "Thanks for the session Sam, I've started quoting the higher rate to new clients."),
      (ME, "+1h", "Great, keep me posted."),
      ("a", "-1d 17:20", "Hi Sam! Big news: an agency wants me on a 12-month retainer, the biggest deal I've ever had. I meet them on Friday to talk money and I'm nervous I'll undersell myself again. Could we do a session before then, even on the phone?"),
  ], focus=True)]),

S("fb-0530", True, "Sam's aunt, who runs a B&B, writes 'as a business woman' to hire him about leaving the booking sites and asks him to ring her this week.",
  "ask_call ask_help",
  {"a": P("Philomena Gartside")},
  [dm(F, "a", [
      ("a", "-20d 18:00", "Sam love, your mum says you're flying over for the christening, you'll stay with us of course"),
      (ME, "+2h", "Thanks Auntie Phil, see you then!"),
      ("a", "-2d 11:15", "Sam, I'm writing to you as a business woman this time, not your auntie 😄 The booking site's fees went up again and I'm thinking of taking direct bookings only, but I'm afraid the rooms will sit empty. I'd like to hire you properly for this, no family discount. Could you ring me this week when you have a proper half hour?"),
  ], focus=True)]),

S("fb-0531", True, "A former client now at a ferry company writes on Facebook and LinkedIn within two days about a funded fare review and asks for a call.",
  "cross_platform reengagement ask_call",
  {"a": P("Evangeline Morcombe", li=True)},
  [dm(F, "a", [
      ("a", "-480d 15:00", "Sam, thank you for the pricing review, the board approved everything!"),
      (ME, "+1h", "Fantastic, congratulations!"),
      ("a", "-4d 18:10", "Hi Sam! News: I've moved to Harbourline Ferries as commercial director. Their fare structure is a museum piece and I've already told the CEO about you. Could we have a call next week to see how you'd approach it?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 08:45", "Sam, same message as on Facebook in case you check here more: Harbourline Ferries, fare structure review, the budget is approved. Would Tuesday or Wednesday suit for a call?"),
  ], focus=True)]),

S("fb-0532", True, "In Spanish, an Erasmus friend silent for three years now organises a freelance festival and invites Sam to give a paid talk, asking for a video call.",
  "reengagement ask_call non_english lang_es",
  {"a": P("Ximena Carrasquilla")},
  [dm(F, "a", [
      ("a", "-1100d 23:00", "¡Qué grande la reunión de Erasmus en Gante!"),
      (ME, "+10h", "¡Hay que repetirla!"),
      ("a", "-2d 12:40", "¡Sam! Te escribo con mi gorro de organizadora: coordino el Festival Freelance de Valencia (unas 800 personas) y queremos una charla sobre cómo poner precios. Pagamos caché, viaje y hotel. ¿Te apetece? ¿Hacemos una videollamada esta semana y te cuento el formato?"),
  ], focus=True)]),

S("fb-0533", True, "In Spanish, in a classmates' group chat about a reunion dinner, one friend asks Sam for a paid call about her agency's rates and they fix Thursday.",
  "ask_call reciprocity many_turns fast_reply non_english lang_es",
  {"a": P("Lucía Armengol Prat"), "b": P("Iñigo Sarasola"), "c": P("Begoña Lizarraga")},
  [dm(F, "a b c", [
      ("b", "-2d 20:00", "¿Quién se apunta a la cena de aniversario del máster?"),
      ("c", "+10m", "¡Yo! Pero esta vez no reservéis en el sitio de las croquetas congeladas 😂"),
      (ME, "+30m", "Cuenta conmigo si cae en viernes."),
      ("a", "+15m", "Yo también. Y Sam, fuera de bromas: ¿tienes un rato esta semana para una llamada? Estoy montando las tarifas de mi agencia de traducción y necesito tu cabeza. Te pago, ¿eh?"),
      (ME, "+20m", "Claro, Lucía. ¿Jueves a las 18h?"),
      ("a", "+5m", "¡Perfecto! Te llamo."),
  ], focus=True, title="Los del máster")]),

S("fb-0534", True, "In French, a former client tells Sam a bookshop-café owner will write, and the owner does, asking for a paid call next week.",
  "introduction first_contact ask_call non_english lang_fr",
  {"k": P("Amandine Couserans"), "n": P("Hélène Kerjean")},
  [dm(F, "k", [
      ("k", "-100d 17:00", "Merci encore pour les conseils sur l'abonnement lecteurs !"),
      (ME, "+1h", "Avec plaisir !"),
      ("k", "-3d 11:00", "Coucou Sam ! J'ai parlé de toi à mon amie Hélène, qui tient une librairie-café à Nantes. Elle va t'écrire, elle a exactement les mêmes soucis que moi il y a deux ans."),
      (ME, "+2h", "Merci Amandine, avec plaisir !"),
  ], focus=True),
   dm(F, "n", [
      ("n", "-2d 09:30", "Bonjour Sam, Amandine m'a donné votre contact. J'ai une librairie-café à Nantes et c'est le café qui fait vivre la librairie, ce qui me rend folle. Est-ce qu'on pourrait s'appeler la semaine prochaine ? Je vous rémunère, bien sûr."),
  ], focus=True)]),

S("fb-0535", True, "In French, a former neighbour silent for four years has taken over a ski school and asks for a paid call about its lesson prices.",
  "reengagement ask_call non_english lang_fr",
  {"a": P("Gaspard Vuillermoz")},
  [dm(F, "a", [
      ("a", "-1400d 19:00", "Bon déménagement Sam ! L'immeuble sera bien calme sans toi."),
      (ME, "+2h", "Merci Gaspard, passe à Lisbonne !"),
      ("a", "-1d 20:10", "Salut Sam, ça fait un bail ! Je ne sais pas si tu as su, j'ai repris l'école de ski de mon oncle à Valloire. Les forfaits de cours sont les mêmes depuis dix ans et on perd de l'argent en janvier. Tu aurais un moment pour qu'on s'appelle ? Je te paierai, évidemment, c'est du boulot."),
  ], focus=True)]),

S("fb-0536", True, "In German, a former colleague who founded a software company wants to hire Sam on its pricing model and they agree a call on Thursday.",
  "ask_call reciprocity non_english lang_de",
  {"a": P("Matthias Krönauer")},
  [dm(F, "a", [
      ("a", "-28d 08:00", "Alles Gute zum Geburtstag, Sam! 🎉"),
      (ME, "+3h", "Danke Matthias!"),
      ("a", "-2d 13:00", "Hey Sam, ich hab's endlich gemacht: eigene Firma, wir bauen Software für Hausverwaltungen. Die ersten zehn Kunden sind da, aber unser Preismodell pro Wohnung fühlt sich falsch an. Ich würde dich gern als Berater dazuholen, natürlich gegen Rechnung. Können wir Donnerstag telefonieren?"),
      (ME, "+4h", "Glückwunsch zur Firma! Donnerstag passt, 16 Uhr?"),
      ("a", "+15m", "Top, bis dann!"),
  ], focus=True)]),

S("fb-0537", True, "In Portuguese, a surfing friend who runs a surf school asks Sam for a proper coffee about underpriced lesson packs and they fix Thursday.",
  "ask_meeting ask_help reciprocity many_turns non_english lang_pt",
  {"a": P("Ivo Salgueiro")},
  [dm(F, "a", [
      ("a", "-50d 20:00", "Boa onda ontem, Sam! Para a próxima levas a prancha maior."),
      (ME, "+1h", "Hahaha combinado"),
      ("a", "-1d 19:00", "Sam, pergunta séria"),
      ("a", "+1m", "A escola de surf está a crescer, já tenho 5 monitores, mas os packs de 10 aulas estão tão baratos que no verão trabalho que nem um cão e não sobra nada. Precisava mesmo da tua cabeça. Tens tempo esta semana para um café com calma?"),
      (ME, "+30m", "Claro, Ivo. Quinta de manhã no Cais?"),
      ("a", "+5m", "Feito! Levo os números."),
  ], focus=True)]),

S("fb-0538", True, "A schoolmate silent since a reunion two and a half years ago now hosts a podcast for shop owners and invites Sam on, asking for a prep call.",
  "reengagement ask_call",
  {"a": P("Leopold Ravensbourne")},
  [dm(F, "a", [
      ("a", "-900d 23:30", "Great to catch up at the reunion, Sam. You haven't changed a bit."),
      (ME, "+9h", "Liar. Good to see you, Leo!"),
      ("a", "-2d 15:00", "Sam! Leo from Year 12 history. For two years I've been running a podcast for small shop owners, 'Till Roll', about 8k listeners, and they keep asking about prices. Would you come on? If yes, a 20-minute prep call next week would be great."),
  ], focus=True)]),

S("fb-0539", True, "A friend's fast back-and-forth about her sold-out pottery classes ends with a request for a paid phone call tomorrow at six.",
  "ask_call reciprocity many_turns fast_reply",
  {"a": P("Clio Hargreaves-Moss")},
  [dm(F, "a", [
      ("a", "-18d 21:00", "see you at the market sunday?"),
      (ME, "+20m", "yes!"),
      ("a", "-1d 20:10", "sam are you around"),
      (ME, "+3m", "yep"),
      ("a", "+1m", "the wheel classes sold out in 2 hours again lol"),
      (ME, "+2m", "that means they're too cheap"),
      ("a", "+1m", "that's what Jo said!! but if I double it the regulars will riot"),
      (ME, "+3m", "not all of them. how long is the waiting list?"),
      ("a", "+2m", "60 people 😬 ok honestly can we do this properly? 30 min on the phone tomorrow? I'll pay you in mugs or money, your choice"),
      (ME, "+4m", "money, then. 6pm?"),
      ("a", "+1m", "deal"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 12: people Sam already knows (no call)
S("fb-0540", False, "A stag-do group chat sorts out flights and the speech; 'call me when you land' and 'meet at the bar' are logistics among friends.",
  "small_talk keyword_trap reciprocity many_turns",
  {"a": P("Caspian Wetherall"), "b": P("Fenella Ruddock"), "c": P("Horatio Bamford")},
  [dm(F, "a b c", [
      ("a", "-2d 17:00", "T-minus 9 days. Sam, you're on the speech, no pressure"),
      ("b", "+10m", "Flights booked for Friday, landing 4pm"),
      ("c", "+20m", "call me when you land and we'll meet at the bar by the harbour"),
      (ME, "+30m", "Speech is at draft 3 and getting worse. See you at the bar"),
      ("a", "+5m", "🤣"),
  ], focus=True, title="Stag do 🍻")]),

S("fb-0541", False, "Sam's siblings plan their mother's birthday lunch in a family group; the airport pick-up 'call me' is family logistics.",
  "small_talk keyword_trap reciprocity many_turns",
  {"a": P("Araceli Rivera"), "b": P("Tomás Rivera")},
  [dm(F, "a b", [
      ("a", "-3d 19:00", "Mum's 65th on Sunday. Lunch at hers at 1, she says no presents but we know that's a lie"),
      ("b", "+20m", "I'll bring the cake. Sam are you flying in?"),
      (ME, "+1h", "Landing Saturday night, I'll bring the port"),
      ("a", "+5m", "Call me when you're at the airport, I'll pick you up"),
      ("b", "+3m", "don't be late this time 😂"),
  ], focus=True, title="Rivera siblings")]),

S("fb-0542", False, "A former colleague silent for three years says hello, asks how independent life is and suggests catching up sometime; no proposal.",
  "small_talk reengagement reciprocity",
  {"a": P("Percival Nankivell")},
  [dm(F, "a", [
      ("a", "-1150d 16:00", "Last day today! It won't be the same without you, Sam."),
      (ME, "+1h", "Thanks Percy, stay in touch."),
      ("a", "-1d 21:00", "Sam! Saw your photos from Lisbon, you look very settled. How's the independent life treating you? We should catch up sometime, it's been far too long."),
      (ME, "+3h", "Percy! All good, busy and happy. How are the twins?"),
      ("a", "+1h", "Huge and expensive 😂 Anyway, glad you're well, let's not leave it another three years."),
  ], focus=True)]),

S("fb-0543", False, "A client from three years ago comments under Sam's anniversary post that his work still pays off, and Sam thanks her; thanks for past work.",
  "small_talk reengagement reciprocity",
  {"a": P("Winifred Okoro-Hale")},
  [dm(F, "a", [
      ("a", "-1000d 11:00", "Invoice paid, thanks Sam!"),
      (ME, "+1h", "Thank you, Winifred."),
  ]),
   th(F, [
      (ME, "-1d 09:00", "Three years of writing this page. Thank you to everyone who reads, argues and shares."),
      ("a", "+2h", "Sam helped us reprice our cleaning contracts three years ago and we're still reaping the benefits. Thank you! 🙌"),
      (ME, "+1h", "Thank you Winifred, that means a lot."),
  ], focus=True)]),

S("fb-0544", False, "A schoolfriend resurfaces after five years with a 'hey hun' wellness-business opener and asks for a quick call; an MLM pitch.",
  "promotional keyword_trap reengagement",
  {"a": P("Kimberleigh Ashdown")},
  [dm(F, "a", [
      ("a", "-1800d 22:00", "OMG Sam Rivera!! Found you! How are you??"),
      (ME, "+12h", "Kim! Good, thanks, you?"),
      ("a", "-1d 21:00", "Heyyy hun!! 💕 so random but I've been thinking about you! I've started this amazing wellness business and I'm looking for a couple of ambitious people to join my team, it's flexible and you'd smash it. Could we hop on a quick call this week? No pressure x"),
  ], focus=True)]),

S("fb-0545", False, "A friend asks for a donation for her charity half-marathon, Sam gives and promises to cheer, and she thanks him; a favour.",
  "small_talk reciprocity",
  {"a": P("Annelise Fairhurst")},
  [dm(F, "a", [
      ("a", "-60d 22:00", "That tasca was amazing, thanks for the tip!"),
      (ME, "+9h", "Told you!"),
      ("a", "-2d 12:00", "Sam! I'm running the Lisbon half for the children's hospital, 200 euros to go 🏃‍♀️ any donation helps: justgive.example/annelise"),
      (ME, "+2h", "Done! Good luck, I'll be at the 15k mark cheering."),
      ("a", "+10m", "THANK YOU 😭 see you at 15k"),
  ], focus=True)]),

S("fb-0546", False, "A friend asks who Sam's accountant is, gets the name and e-mail in one line and thanks him; settled.",
  "trivial_question reciprocity closed",
  {"a": P("Bartley Summerfield")},
  [dm(F, "a", [
      ("a", "-30d 19:00", "good game last night"),
      (ME, "+1h", "my knees disagree"),
      ("a", "-1d 15:00", "Random q: who's your accountant? Mine just retired"),
      (ME, "+20m", "Clara Mendonça, clara@mendonca-contas.example. Tell her I sent you."),
      ("a", "+5m", "legend, thanks!"),
  ], focus=True)]),

S("fb-0547", False, "A former colleague asked for a call about her agency's pricing two months ago, Sam said yes, and she never wrote back; stale.",
  "stale ask_call reciprocity reengagement",
  {"a": P("Oonagh Prescott-Yeo")},
  [dm(F, "a", [
      ("a", "-400d 17:00", "Congrats on the first workshop!"),
      (ME, "+1h", "Thanks Oonagh!"),
      ("a", "-63d 10:00", "Sam, would love your help with my agency's pricing, we keep underquoting. Could we do a call sometime soon?"),
      (ME, "+4h", "Sure Oonagh! Send me a couple of times that work."),
  ], focus=True)]),

S("fb-0548", False, "Sam offered a former client coffee during his Lisbon trip almost three months ago and got no answer; owner only.",
  "owner_only ask_meeting",
  {"a": P("Radek Walenczak")},
  [dm(F, "a", [
      ("a", "-500d 14:00", "Thanks Sam, the distributors have the new list."),
      (ME, "+2h", "Great, Radek."),
      (ME, "-85d 10:00", "Hi Radek! Heard you're in Lisbon for the trade fair next month. Fancy a coffee while you're here?"),
  ], focus=True)]),

S("fb-0549", False, "A friend thanks Sam for last night's call about passing on a supplier price rise and says it is all sorted; the call happened.",
  "closed reciprocity ask_call",
  {"a": P("Sunniva Lockhart")},
  [dm(F, "a", [
      ("a", "-100d 20:00", "Happy new flat!! 🏡"),
      (ME, "+1h", "Thank you!"),
      ("a", "-4d 12:00", "Sam, could we talk tomorrow about the supplier price increase? I don't know how to pass it on."),
      (ME, "+1h", "Sure, 8pm?"),
      ("a", "+5m", "👍"),
      ("a", "-2d 09:00", "Thanks for last night's call! Sent the new price list to the shops this morning, all sorted and nobody's complained (yet 😅)"),
      (ME, "+2h", "Great news!"),
  ], focus=True)]),

S("fb-0550", False, "A neighbour asks to borrow Sam's drill and for help carrying a wardrobe on Saturday; a neighbourly favour.",
  "small_talk reciprocity",
  {"a": P("Dorothea Mackintosh-Vaz")},
  [dm(F, "a", [
      ("a", "-70d 18:00", "Thanks for watering the plants!"),
      (ME, "+1h", "Anytime."),
      ("a", "-1d 17:30", "Hi Sam, sorry to bother you, could I borrow your drill on Saturday? And if you're free around 11, could you help me get the wardrobe up the stairs? I'll make lunch 🙂"),
      (ME, "+2h", "Of course, I'll bring it over at 11."),
      ("a", "+10m", "You're an angel."),
  ], focus=True)]),

S("fb-0551", False, "In Spanish, an old friend silent for two years sends condolences on the death of Sam's grandmother and Sam thanks her.",
  "small_talk reengagement reciprocity non_english lang_es",
  {"a": P("Consuelo Bermúdez Ariza")},
  [dm(F, "a", [
      ("a", "-800d 20:00", "¡Feliz cumpleaños, Sam!"),
      (ME, "+2h", "¡Gracias, Consuelo!"),
      ("a", "-2d 21:00", "Sam, me acabo de enterar de lo de tu abuela. Lo siento muchísimo. Era una mujer increíble, todavía me acuerdo de sus torrijas. Un abrazo enorme a ti y a tu madre."),
      (ME, "+6h", "Gracias, Consuelo. Ella también te tenía mucho cariño."),
  ], focus=True)]),

S("fb-0552", False, "In Spanish, a classmate silent for over three years offers Sam his social media agency at a 'friend's price' and asks to talk; selling.",
  "promotional keyword_trap reengagement non_english lang_es",
  {"a": P("Fabián Echeverría Olmo")},
  [dm(F, "a", [
      ("a", "-1300d 23:00", "¡Qué noche la de la graduación!"),
      (ME, "+10h", "Legendaria."),
      ("a", "-2d 11:00", "¡Sam! ¡Cuánto tiempo, compañero! Oye, he montado una agencia de redes sociales y he visto que tu página tiene mucho potencial pero publicas poco. Te hago precio de amigo: gestión completa por 350 € al mes. ¿Hablamos un rato por teléfono y te lo explico?"),
  ], focus=True)]),

S("fb-0553", False, "A cousin asks about pricing van-rental add-ons, then withdraws because a relative sorted it; nothing left to do.",
  "closed ask_help reciprocity",
  {"a": P("Gideon Arbuthnot")},
  [dm(F, "a", [
      ("a", "-45d 19:00", "Great to see you at the christening, cuz"),
      (ME, "+1h", "You too, Gideon!"),
      ("a", "-3d 18:00", "Sam, can I ask you something about work? My partner and I can't agree on how to price the add-ons for the van rentals."),
      (ME, "+2h", "Sure, go ahead."),
      ("a", "-2d 10:00", "Actually never mind, my partner's brother works at a rental firm and sorted it for us in ten minutes. Thanks anyway!"),
      (ME, "+1h", "No problem, glad it's sorted."),
  ], focus=True)]),

S("fb-0554", False, "In French, a client from last year sends Christmas wishes and hopes to see Sam in 2026; a holiday greeting.",
  "small_talk reengagement reciprocity non_english lang_fr",
  {"a": P("Bérengère Tourmel")},
  [dm(F, "a", [
      ("a", "-380d 16:00", "Merci Sam, le nouveau barème est en ligne !"),
      (ME, "+1h", "Bravo Bérengère !"),
      ("a", "-1d 10:00", "Joyeux Noël Sam ! 🎄 Merci encore pour cette belle collaboration l'an dernier. J'espère qu'on se reverra en 2026, je t'embrasse."),
      (ME, "+4h", "Joyeux Noël Bérengère ! Belles fêtes à toute l'équipe."),
  ], focus=True)],
  as_of="2025-12-26 08:00"),

S("fb-0555", False, "In French, a class reunion group sets a date at a café; 'on se retrouve au bar' and 'on s'appelle' are about booking a table.",
  "small_talk keyword_trap reciprocity many_turns non_english lang_fr",
  {"a": P("Apolline Verdurin"), "b": P("Thibault Lacassagne"), "c": P("Maëlle Ronsard")},
  [dm(F, "a b c", [
      ("a", "-3d 18:00", "Les amis, les 15 ans de la promo approchent ! Samedi 14 au Café des Arts ?"),
      ("b", "+15m", "Je suis là !"),
      ("c", "+30m", "Moi aussi, je ramène le vieux diaporama 😂"),
      (ME, "+1h", "J'y serai, je prends le train le matin. On se retrouve au bar vers 19h ?"),
      ("a", "+5m", "Parfait. On s'appelle la veille pour la réservation."),
  ], focus=True, title="Promo 2011")]),

S("fb-0556", False, "A former colleague invites Sam to run an away-day workshop, he declines because of his book deadline and she thanks him for a referral.",
  "declined closed reciprocity reengagement",
  {"a": P("Jacinta Wolstenholme")},
  [dm(F, "a", [
      ("a", "-200d 13:00", "Loved your newsletter this week!"),
      (ME, "+1h", "Thanks Jacinta!"),
      ("a", "-4d 10:00", "Hi Sam, we're having our company away day in five weeks and I'd love you to run a pricing workshop for the sales team. Any chance?"),
      (ME, "+5h", "Thanks Jacinta, really kind. I'm fully booked with the book deadline for the next two months, so I have to say no this time. Try Odhrán at Pricewise, he's great."),
      ("a", "+1h", "Totally understand, thanks for the tip! Good luck with the book."),
  ], focus=True)]),

S("fb-0557", False, "In German, an old classmate silent for almost three years congratulates Sam on the German edition of his book; congratulations only.",
  "small_talk reengagement reciprocity non_english lang_de",
  {"a": P("Ludger Hohenstein")},
  [dm(F, "a", [
      ("a", "-1000d 20:00", "Schön, dich beim Klassentreffen gesehen zu haben!"),
      (ME, "+2h", "Fand ich auch, Ludger!"),
      ("a", "-2d 18:00", "Sam! Ich habe gerade dein Buch auf Deutsch in der Buchhandlung am Bahnhof gesehen. Herzlichen Glückwunsch, das ist ja großartig! Hab's sofort gekauft."),
      (ME, "+2h", "Danke Ludger, das freut mich riesig! Sag mir, wie es dir gefällt."),
      ("a", "+30m", "Mach ich! Alles Gute nach Lissabon."),
  ], focus=True)]),

S("fb-0558", False, "In German, a former colleague silent for two years now sells disability insurance and asks Sam for a short call; selling to Sam.",
  "promotional keyword_trap reengagement non_english lang_de",
  {"a": P("Reinhild Auerbach")},
  [dm(F, "a", [
      ("a", "-750d 15:00", "Viel Erfolg in Lissabon, Sam!"),
      (ME, "+1h", "Danke Reinhild!"),
      ("a", "-1d 10:30", "Hallo Sam, lange nichts gehört! Ich bin inzwischen selbstständige Finanzberaterin und kümmere mich vor allem um Berufsunfähigkeitsversicherungen für Selbstständige. Gerade mit Wohnsitz im Ausland ist das oft ein blinder Fleck. Lass uns doch kurz telefonieren, ich schau mir das kostenlos für dich an!"),
  ], focus=True)]),

S("fb-0559", False, "In Portuguese, a friend asks Sam to pick his mother up at the airport; 'ela liga-te quando aterrar' is a favour, not an ask for Sam's time.",
  "small_talk keyword_trap reciprocity non_english lang_pt",
  {"a": P("Tiago Carrilho Nobre")},
  [dm(F, "a", [
      ("a", "-25d 23:00", "Que jantaraço, obrigado Sam!"),
      (ME, "+9h", "Volta sempre!"),
      ("a", "-1d 20:00", "Sam, a minha mãe chega de Luanda na sexta às 6h e eu estou em Faro. Consegues ir buscá-la ao aeroporto? Ela liga-te quando aterrar."),
      (ME, "+1h", "Claro, Tiago. Manda-me o número do voo."),
      ("a", "+5m", "TP 288. És o maior, fico a dever-te um jantar."),
  ], focus=True)]),

S("fb-0560", False, "A former mentee announces she got the job with 15% more after using Sam's advice and thanks him; good news, nothing to continue.",
  "small_talk reciprocity",
  {"a": P("Thandiwe Ellerby")},
  [dm(F, "a", [
      ("a", "-90d 19:00", "Thanks for the session, I feel ready for the interviews."),
      (ME, "+1h", "You are. Go get it."),
      ("a", "-2d 18:00", "SAM. I got it! They came back with 15% more than the first offer after I used the silence trick you taught me. Thank you thank you 🙏"),
      (ME, "+1h", "Massive congratulations, you earned it!"),
      ("a", "+10m", "Drinks on me when you're in London 🥂"),
  ], focus=True)]),

S("fb-0561", False, "A former client introduced a dance-school owner in a group eight weeks ago, she asked for a call and went quiet after Sam answered; stale.",
  "stale introduction first_contact ask_call reciprocity",
  {"k": P("Augustin Pellegrini-Shaw"), "n": P("Maribel Oyarzun")},
  [dm(F, "k", [
      ("k", "-150d 12:00", "The new membership tiers are live, thanks Sam!"),
      (ME, "+1h", "Great news, Augustin."),
  ]),
   dm(F, "k n", [
      ("k", "-55d 10:00", "Augustin Pellegrini-Shaw added Sam Rivera and Maribel Oyarzun to the group."),
      ("k", "+1m", "Sam, Maribel runs a dance school and wants to rethink her term fees. You two should talk!"),
      ("n", "+3h", "Hi Sam! Yes, would love a call at some point."),
      (ME, "+1h", "Hi Maribel, happy to. What's a good time for you?"),
  ], focus=True, title="Augustin, Maribel and Sam")]),

S("fb-0562", False, "A former colleague silent for two and a half years pitches his paid consultant course on Messenger and LinkedIn in the same week.",
  "promotional cross_platform keyword_trap reengagement",
  {"a": P("Silvester Ormerod", li=True)},
  [dm(F, "a", [
      ("a", "-900d 17:00", "Good luck with the new gig, Sam!"),
      (ME, "+1h", "Thanks Silvester!"),
      ("a", "-3d 12:00", "Sam! Long time. I've just launched 'The Consultant Accelerator', 8 weeks, live cohorts. Early-bird is €990 for friends. Can I grab 15 minutes to walk you through it?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 09:00", "Hi Sam, in case Messenger's not your thing: doors close Friday for the Consultant Accelerator early-bird. Quick call tomorrow?"),
  ], focus=True)]),

S("fb-0563", False, "In Portuguese, a former colleague who opened a restaurant asks Sam to vote and share in a neighbourhood contest; he does and she thanks him.",
  "small_talk reengagement reciprocity non_english lang_pt",
  {"a": P("Filipa Sequeira Lobo")},
  [dm(F, "a", [
      ("a", "-400d 18:00", "Vou sentir a falta das nossas reuniões de segunda, Sam!"),
      (ME, "+1h", "Eu também, Filipa. Boa sorte!"),
      ("a", "-2d 13:00", "Olá Sam! Abri finalmente o meu restaurante em Alfama 🥹 Estamos num concurso de melhor petisco do bairro e os votos contam até domingo. Podes votar e partilhar a página? Seria uma ajuda enorme!"),
      (ME, "+3h", "Parabéns, Filipa! Já votei e partilhei. Tenho de ir lá jantar."),
      ("a", "+20m", "Obrigada!! Estás convidado 😘"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 13: a plain month of Sam's inbox
S("fb-0564", True, "A couple who run a small campsite near Odemira, new to Sam, ask for a call about their seasonal prices and offer to pay.",
  "ask_call first_contact",
  {"a": P("Hyacinth Obermeyer")},
  [dm(F, "a", [
      ("a", "-2d 21:05", "Hello Sam, my husband and I run a small campsite near Odemira (40 pitches and 6 bungalows). Every summer we're full by May and every spring we panic about prices again. Our neighbour at the Saturday market reads your page and says you help little places like ours. Would you have time for a call one of these days? We would pay of course."),
  ], focus=True)]),

S("fb-0565", True, "A dog-training school owner asks what Sam would charge to review her packages and, after his question, asks for a written note plus a short call.",
  "ask_rates ask_call first_contact reciprocity",
  {"a": P("Roisin Featherstonhaugh")},
  [dm(F, "a", [
      ("a", "-3d 12:40", "Hi Sam! I run a dog-training school in Setúbal, group classes and one-to-ones. I want someone to look at my packages and tell me honestly what's wrong with them. What would you charge for that?"),
      (ME, "+3h", "Hi Roisin! Depends how deep you want to go. Could you send me the current packages first?"),
      ("a", "+1h", "Just emailed them! A written note plus a short call to go through it would be ideal. Whatever the fee is, let me know."),
  ], focus=True)]),

S("fb-0566", True, "Under Sam's post, an Alfama restaurant owner says his lunch menu loses money and offers to buy Sam a coffee to show him the numbers.",
  "ask_meeting first_contact reciprocity",
  {"a": P("Baltasar Quintela Reis")},
  [th(F, [
      (ME, "-2d 10:00", "Set lunch menus are where most small restaurants quietly lose money. Cheap for the customer, expensive for the kitchen."),
      ("a", "+4h", "Sam, this is us. 30 covers in Alfama and I'm sure our lunch menu loses money. Could I treat you to a coffee one of these mornings and walk you through the numbers?"),
      (ME, "+1h", "Sure, Baltasar. Send me a message and we'll find a morning."),
  ], focus=True)]),

S("fb-0567", True, "In French, the head of a Montpellier cooking school who wants to launch gift cards and subscriptions asks for a paid phone call next week.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Clémentine Vautrin-Allard")},
  [dm(F, "a", [
      ("a", "-2d 18:30", "Bonjour Sam, j'ai une petite école de cuisine à Montpellier (cours du soir, ateliers enfants, team building). On a toujours fixé nos prix au feeling et on veut maintenant lancer des cartes cadeaux et des abonnements. Est-ce qu'on pourrait en parler au téléphone la semaine prochaine ? Je vous rémunère pour le temps passé, bien sûr."),
  ], focus=True)]),

S("fb-0568", True, "In Spanish, a Buenos Aires leather workshop starting to sell to Europe asks for a video call about currency and shipping, and they fix Thursday.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": P("Facundo Iturralde Benítez")},
  [dm(F, "a", [
      ("a", "-3d 16:00", "Hola Sam, ¿cómo andás? Tengo un taller de marroquinería en Palermo, hacemos bolsos y cinturones a mano. Empezamos a vender a Europa y no tengo idea si cobrar en euros o en dólares, ni cómo meter el envío en el precio. ¿Tenés un rato para una videollamada esta semana o la próxima?"),
      (ME, "+4h", "¡Hola Facundo! Sí, claro. ¿Te va el jueves a las 14h de Buenos Aires?"),
      ("a", "+30m", "¡Dale, perfecto! Te paso el link el miércoles."),
  ], focus=True)]),

S("fb-0569", True, "In German, a Hamburg piano maker unsure about rental prices for her new hire pianos asks Sam for a short paid phone call.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Wiebke Ostendorff")},
  [dm(F, "a", [
      ("a", "-1d 15:10", "Guten Tag Herr Rivera, ich bin Klavierbauerin in Hamburg und biete Stimmungen, Reparaturen und seit Kurzem auch Mietklaviere an. Bei den Mietpreisen bin ich völlig unsicher, mal denke ich zu billig, mal zu teuer. Eine Bekannte hat mir Ihren Newsletter empfohlen. Hätten Sie Zeit für ein kurzes Telefonat? Ihr Honorar zahle ich selbstverständlich."),
  ], focus=True)]),

S("fb-0570", True, "In Portuguese, a cousin who runs a busy hair salon in Braga says it is not family chat and asks to sit down with Sam over the numbers, with a call first.",
  "ask_meeting ask_call reciprocity non_english lang_pt",
  {"a": P("Marta Espregueira")},
  [dm(F, "a", [
      ("a", "-20d 21:00", "Viste as fotos do batizado? A avó está impagável 😂"),
      (ME, "+1h", "Vi! Está ótima."),
      ("a", "-2d 22:15", "Sam, preciso de falar contigo a sério, não é conversa de primos 😅 O salão está sempre cheio mas ao fim do mês não sobra nada. Acho que os preços estão mal. Quando vieres a Braga podemos sentar-nos com as contas? Ou uma chamada antes, se der."),
      (ME, "+10h", "Claro, Marta. Estou aí dia 20, mas ligamos já esta semana?"),
      ("a", "+1h", "Sim!! Quinta à noite, depois de fechar?"),
  ], focus=True)]),

S("fb-0571", True, "A friend adds Sam and a brewer to a Messenger group and the brewer asks for a call or a visit about pint prices, which they arrange.",
  "introduction first_contact ask_call ask_meeting reciprocity",
  {"k": P("Odalys Penhaligon-Cruz"), "n": P("Bram Oudekerk")},
  [dm(F, "k", [
      ("k", "-50d 19:00", "Thanks for coming to the gig last night!"),
      (ME, "+2h", "Great night, thanks Odalys!"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 18:00", "Odalys Penhaligon-Cruz added Sam Rivera and Bram Oudekerk to the group."),
      ("k", "+1m", "Sam, Bram is the brewer I told you about, his taproom in Almada is packed but the margins are awful. Bram, Sam is the pricing guy. Talk! 🍺"),
      ("n", "+40m", "Thanks Odalys! Hi Sam, nice to meet you. Honestly we don't know what a pint should cost any more with the new malt prices. Could we have a call, or would you come by the taproom one evening?"),
      (ME, "+1h", "Nice to meet you, Bram! I'd love to see the place. Next Tuesday evening?"),
      ("n", "+15m", "Tuesday works, first round's on me."),
  ], focus=True, title="Odalys, Bram and Sam")]),

S("fb-0572", True, "A Cork festival organiser invites Sam to speak, fee and travel covered, on Facebook and follows up on Twitter three days later asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": P("Siobhán Mulcahy-Trent", tw="siobhan_harbourlight")},
  [dm(F, "a", [
      ("a", "-4d 11:20", "Hi Sam, I'm on the team of Harbourlight, a festival of small-business ideas in Cork. We'd love you for a talk and a workshop in the spring, fee and travel covered. Could we have a call to talk it through?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 10:05", "Hi Sam, Siobhán from Harbourlight in Cork, I wrote on Facebook too but maybe you don't look there much. Would love to set up a call when suits 🙂"),
  ], focus=True)]),

S("fb-0573", True, "A university friend silent for four years, now running a coworking in Faro, proposes a paid series of evening workshops and they agree on a call.",
  "reengagement ask_meeting ask_call reciprocity",
  {"a": P("Hugo Tremayne-Salgado")},
  [dm(F, "a", [
      ("a", "-1500d 23:00", "Happy new year you legend!"),
      (ME, "+9h", "You too Hugo!"),
      ("a", "-2d 19:30", "Sam! Four years, I know, I'm terrible. News: I opened a coworking in Faro last year and our members are all freelancers who undercharge. I'd love to run a paid series of three evening workshops with you. Could we meet when you're down south, or do a video call first?"),
      (ME, "+2h", "Hugo! Great to hear from you. Love the idea. Video call on Friday?"),
      ("a", "+20m", "Friday 5pm, done!"),
  ], focus=True)]),

S("fb-0574", True, "A piano teacher new to Sam asks one substantive question after another about termly fees under his post while he answers within minutes.",
  "many_turns reciprocity fast_reply first_contact",
  {"a": P("Aurelie Brannigan")},
  [th(F, [
      (ME, "-1d 09:00", "If you teach anything by the lesson, stop selling lessons. Sell terms. Attendance goes up and so does your income."),
      ("a", "+50m", "I teach piano to 34 kids. If I move to termly fees, what do I do about lessons they miss for holidays or illness?"),
      (ME, "+6m", "Set a make-up policy up front: one make-up per term, in a fixed slot. Everything else is included in the term price, missed or not."),
      ("a", "+4m", "And the parents who pay weekly now because money is tight? A whole term is a big lump for them."),
      (ME, "+5m", "Offer the term price in monthly instalments. Same commitment, smaller payments."),
      ("a", "+7m", "Okay. And do I raise prices at the same time, or is that two changes too many?"),
      (ME, "+6m", "Switch first, raise next term. One change at a time."),
  ], focus=True)]),

S("fb-0575", True, "A pet-food shop owner whose post ending free delivery drew sixty angry comments this morning asks Sam to call today.",
  "ask_help ask_call first_contact",
  {"a": P("Tobias Wrenfield")},
  [dm(F, "a", [
      ("a", "-1d 13:45", "Sam, sorry to write out of nowhere. We posted this morning that deliveries now cost €4.50 instead of free and the comments are a bloodbath, 60+ angry ones and counting. Do I delete the post, apologise, reverse it? Could you call me today? I'll pay whatever your rate is."),
  ], focus=True)]),

S("fb-0576", True, "A retired history teacher who charges ten euros for walking tours in Évora indirectly asks to hear how Sam would think about it, offering to pay.",
  "indirect_ask ask_chat first_contact",
  {"a": P("Bartholomew Ashdown-Pires")},
  [dm(F, "a", [
      ("a", "-3d 20:10", "Good evening Sam. I am a retired history teacher and last spring I started guided walks around Évora for visitors. I charge €10 per person because it felt polite. My daughter says that is ridiculous and sent me your page. If you ever have a moment, I would love to hear how you would think about it. I could not afford a big consultant, but I would happily pay for an hour of your time."),
  ], focus=True)]),

S("fb-0577", True, "Three students pitching a camping-gear rental app at a competition ask for feedback on their pricing slide and ten minutes on the phone.",
  "ask_feedback ask_call first_contact reciprocity",
  {"a": P("Yusuf Carrington-Mello")},
  [dm(F, "a", [
      ("a", "-2d 17:15", "Hi Sam! We're three students building an app to rent camping gear, and we pitch at a startup competition in ten days. The jury always roasts the business-model slide 😅 Could you look at our pricing slide and tell us if it makes sense? Even 10 minutes on the phone would be amazing."),
      (ME, "+3h", "Send it over, I'll have a look this week."),
      ("a", "+10m", "Thank you!! Sent it to your email, any time that suits you for a quick call."),
  ], focus=True)]),

S("fb-0578", True, "In Quebec French with no accents and typos, a Sherbrooke snow-removal owner asks for a five-minute phone call about seasonal versus per-visit contracts.",
  "ask_call first_contact typo non_english lang_fr",
  {"a": P("Maxime Thibodeau-Lapointe")},
  [dm(F, "a", [
      ("a", "-1d 01:30", "allo Sam! jai une ptite entreprise de deneigement a Sherbrooke pis jai aucune idee comment charger les contrats de saison vs a la visite. t'aurais tu 5 min pour un coup de fil cette semaine? chu pas presse mais presque lol"),
  ], focus=True)]),

S("fb-0579", True, "A podcast host for craftspeople invites Sam to an episode and asks for a prep call, which they schedule for Tuesday.",
  "ask_call first_contact reciprocity",
  {"a": P("Delphina Orsborne")},
  [dm(F, "a", [
      ("a", "-2d 09:50", "Hi Sam, I host 'Makers Who Charge', a podcast for craftspeople. Would you come on for an episode about pricing handmade work? Could we do a 20-minute prep call first?"),
      (ME, "+2h", "I'd love to, Delphina. Monday or Tuesday morning?"),
      ("a", "+25m", "Tuesday 10:00 Lisbon time works. I'll send a calendar invite!"),
  ], focus=True)]),

S("fb-0580", False, "A Marketplace buyer sends only the pre-filled 'Is this still available?' about Sam's city bike.",
  "automated first_contact",
  {"a": P("Evandro Quaresma Lino")},
  [dm(F, "a", [
      ("a", "-1d 22:05", "Hi, is this still available?"),
  ], focus=True, title="Sam · City bike 54cm")]),

S("fb-0581", False, "A dental clinic's Page auto-replies to Sam's question about a cleaning appointment.",
  "automated",
  {"a": P("Clínica Dentária Sorrisal")},
  [dm(F, "a", [
      (ME, "-1d 17:30", "Hello, do you have any appointments for a cleaning next week?"),
      ("a", "+1m", "Thank you for your message! 😁 Clínica Sorrisal will reply within 24 business hours. For emergencies please call 21 555 0192."),
  ], focus=True)]),

S("fb-0582", False, "A friend wishes Sam a happy birthday on Messenger and he thanks her; birthday wishes.",
  "small_talk reciprocity",
  {"a": P("Greer Ottoline-Hale")},
  [dm(F, "a", [
      ("a", "-90d 20:00", "Loved the photos from Madeira!"),
      (ME, "+1h", "It was magic, you have to go."),
      ("a", "-1d 08:30", "Happy happy birthday Sam!! Have a wonderful one 🎂🎉"),
      (ME, "+2h", "Thank you Greer! 💛"),
  ], focus=True)]),

S("fb-0583", False, "In Spanish, an in-law family group chat decides where to have Sunday lunch and who brings the chairs.",
  "small_talk reciprocity many_turns non_english lang_es",
  {"a": P("Pilar Segarra Climent"), "b": P("Toni Segarra Climent")},
  [dm(F, "a b", [
      ("a", "-1d 19:10", "¿El domingo comemos en casa de la abuela o en el merendero?"),
      ("b", "+8m", "Merendero, que va a hacer bueno."),
      (ME, "+20m", "Yo me apunto a lo que digáis, llevo la ensalada."),
      ("a", "+5m", "Pues merendero a las 13:30. Toni, tú las sillas."),
      ("b", "+2m", "Siempre yo 🙄"),
  ], focus=True, title="Familia Segarra")]),

S("fb-0584", False, "A friend's post about a charity quiz night tags thirteen 'quiz nerds', Sam among them; a mass tag.",
  "mass_mention small_talk",
  dict(crowd(13, 614), a=P("Philippa Dunstable-Moor")),
  [th(F, [
      ("a", "-2d 12:00", "Quiz night for the animal shelter this Friday! 🐾 Tagging my favourite quiz nerds, no excuses, tables of six:", {"at": ats(13)}),
  ], focus=True)]),

S("fb-0585", False, "In Portuguese, a stranger praises Sam's 'positive energy' and asks for a quick call about a wellness project that is changing her life; an MLM opener.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Suellen Bragança Faria")},
  [dm(F, "a", [
      ("a", "-2d 22:40", "Oi Sam!! Tudo bem contigo? 😍 Vi as tuas fotos e tens mesmo aquela energia positiva. Entrei num projeto de bem-estar que me mudou a vida e pensei em ti. Dá para uma chamadinha de cinco minutos esta semana? É só para te mostrar 💕"),
  ], focus=True)]),

S("fb-0586", False, "A social-media agency says Sam's Page deserves more reach and offers a free 30-minute strategy call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": P("Brantley Sowerby")},
  [dm(F, "a", [
      ("a", "-1d 11:15", "Hi Sam, I checked out your Page and your posts deserve way more reach! 📈 We're a social-media agency that grows consultants with done-for-you content. I'd love to offer you a free 30-minute strategy call to show you what we'd change. When works for you?"),
  ], focus=True)]),

S("fb-0587", False, "A stranger comments that someone should call Sam out for telling struggling shops to rip off customers; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Clive Hebblethwaite")},
  [th(F, [
      (ME, "-1d 08:10", "If your costs went up 12% and your prices went up 4%, you didn't protect your customers. You gave them a discount you can't afford."),
      ("a", "+3h", "Nice theory from someone who's never stood behind a till. Someone should call you out for telling shops that are barely surviving to squeeze their regulars."),
  ], focus=True)]),

S("fb-0588", False, "A stranger comments 'Thanks for sharing this Sam, very useful!' under his post; one-line thanks.",
  "thanks_only first_contact",
  {"a": P("Marigold Ashcombe")},
  [th(F, [
      (ME, "-2d 09:40", "Three questions to ask before any price rise: who leaves, who stays, and who never noticed?"),
      ("a", "+5h", "Thanks for sharing this Sam, very useful!"),
  ], focus=True)]),

S("fb-0589", False, "A stranger comments three clapping emoji under Sam's post.",
  "emoji_only first_contact",
  {"a": P("Teodora Vlăsceanu")},
  [th(F, [
      (ME, "-1d 10:20", "Stop rounding down. €49 and €50 are the same price to everyone except you."),
      ("a", "+2h", "👏👏👏"),
  ], focus=True)]),

S("fb-0590", False, "In German, a dance-school owner thanks Sam for yesterday's call about course fees and reports the decision; the call has happened.",
  "closed ask_call reciprocity first_contact non_english lang_de",
  {"a": P("Friederike Lanzendorfer")},
  [dm(F, "a", [
      ("a", "-5d 10:00", "Hi Sam, magst du diese Woche mal mit mir über unsere Kursgebühren sprechen? Gern am Telefon."),
      (ME, "+2h", "Ja, Donnerstag 17 Uhr?"),
      ("a", "+10m", "Super, danke!"),
      ("a", "-1d 09:30", "Danke für das Gespräch gestern! Wir stellen auf Zehnerkarten um und heben den Einzelpreis an. Hat echt geholfen."),
      (ME, "+1h", "Sehr gern, viel Erfolg damit!"),
  ], focus=True)]),

S("fb-0591", False, "In French, a wedding-fair organiser invites Sam to speak, he is already booked that weekend, and she replies no problem; declined.",
  "declined closed reciprocity first_contact non_english lang_fr",
  {"a": P("Solène Marchadier")},
  [dm(F, "a", [
      ("a", "-4d 14:00", "Bonjour Sam, nous organisons le Salon du Mariage de Nantes et cherchons un intervenant sur les tarifs des prestataires. Seriez-vous disponible le samedi 14 ?"),
      (ME, "+4h", "Bonjour Solène, merci beaucoup pour l'invitation ! Malheureusement je suis déjà pris ce week-end-là."),
      ("a", "+30m", "Pas de souci, merci pour votre réponse rapide. Peut-être l'année prochaine !"),
  ], focus=True)]),

S("fb-0592", False, "A cake maker asked what Sam would charge nine weeks ago, he answered with a figure, and she never replied; stale.",
  "stale ask_rates reciprocity first_contact",
  {"a": P("Petronella Gaskill")},
  [dm(F, "a", [
      ("a", "-63d 15:00", "Hi Sam, what's your fee for helping us price a new range of celebration cakes?"),
      (ME, "+4h", "Hi Petronella, a half-day session with a written summary would be €450. Happy to talk it through first."),
  ], focus=True)]),

S("fb-0593", False, "Sam suggested a check-in call to a former client ten weeks ago and got no answer; owner only.",
  "owner_only ask_call",
  {"a": P("Ignatius Fennimore")},
  [dm(F, "a", [
      ("a", "-420d 18:00", "Menu's reprinted with the new prices, cheers Sam."),
      (ME, "+1h", "Great, Ignatius!"),
      (ME, "-72d 10:30", "Hi Ignatius, it's been a year since the menu change. Fancy a quick call to see how the prices are holding up?"),
  ], focus=True)]),

S("fb-0594", False, "Under Sam's home-office photo, a stranger asks where the standing desk is from, gets a one-line answer and thanks him.",
  "trivial_question reciprocity closed first_contact",
  {"a": P("Wilfreda Ochs")},
  [th(F, [
      (ME, "-2d 18:00", "New desk, new view. Writing the last chapter from here."),
      ("a", "+1h", "Where is the standing desk from? I've been looking for one for ages."),
      (ME, "+20m", "Secondhand from OLX, about €120!"),
      ("a", "+5m", "Thanks!"),
  ], focus=True)]),

S("fb-0595", False, "In French, a friend asks Sam to feed her cat over the weekend; 'chat' here is the cat and it is a favour, not work.",
  "small_talk keyword_trap reciprocity many_turns non_english lang_fr",
  {"a": P("Capucine Deshayes-Moreau")},
  [dm(F, "a", [
      ("a", "-40d 20:00", "Merci pour le livre !"),
      (ME, "+1h", "Avec plaisir !"),
      ("a", "-1d 18:30", "Tu peux passer nourrir le chat samedi et dimanche ? On part à Porto pour le week-end."),
      (ME, "+15m", "Bien sûr ! La clé est toujours chez la voisine ?"),
      ("a", "+5m", "Oui, chez Mme Ferraz au 2e. Pistache va te faire croire qu'il n'a pas mangé depuis trois jours 😂"),
      (ME, "+3m", "Compris 😄"),
  ], focus=True)]),

S("fb-0596", False, "In German, a Lisbon book club's group chat sets the next 'Treffen' and who brings what; a social plan.",
  "small_talk keyword_trap reciprocity many_turns non_english lang_de",
  {"a": P("Henrike Vogelsang"), "b": P("Matthias Kleinschmidt-Dorn")},
  [dm(F, "a b", [
      ("a", "-2d 19:00", "Nächstes Treffen am Donnerstag bei mir, 19:30. Wir besprechen Kapitel 5 bis 9."),
      ("b", "+12m", "Ich bringe Pastéis mit!"),
      (ME, "+30m", "Bin dabei, ich bringe Wein."),
      ("a", "+6m", "Perfekt 🍷"),
  ], focus=True, title="Lesekreis Lissabon")]),

S("fb-0597", False, "In Portuguese, a friend tells Sam he started a new job, Sam congratulates him and they vaguely agree to have dinner; small talk.",
  "small_talk reciprocity many_turns non_english lang_pt",
  {"a": P("Vasco Pimentel Arraiolos")},
  [dm(F, "a", [
      ("a", "-30d 22:00", "Que jogo ontem!"),
      (ME, "+1h", "Nem me fales."),
      ("a", "-1d 18:45", "Sam, comecei hoje no emprego novo!! 🎉"),
      (ME, "+30m", "Parabéns, Vasco! Merecidíssimo."),
      ("a", "+10m", "Obrigado! Temos de jantar para celebrar um dia destes."),
      (ME, "+5m", "Combinado!"),
  ], focus=True)]),

S("fb-0598", False, "In Spanish, a fake 'Meta support' account says Sam's Page will be deleted unless he verifies on a link; phishing.",
  "spam automated first_contact non_english lang_es",
  {"a": P("Soporte de Páginas Meta")},
  [dm(F, "a", [
      ("a", "-1d 04:20", "Aviso importante: tu página ha infringido nuestras normas comunitarias y será eliminada en 24 horas. Si crees que es un error, verifica tu cuenta aquí: meta-apelacion-paginas.example"),
  ], focus=True)]),

S("fb-0599", False, "A school friend silent for five years reappears as a financial adviser and asks for a quick call about income protection; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": P("Desmond Arkwell-Yates")},
  [dm(F, "a", [
      ("a", "-1800d 21:00", "Happy birthday mate!"),
      (ME, "+10h", "Cheers Des!"),
      ("a", "-2d 19:20", "Sam! Long time no see, hope you're well! I'm with Harland Life now as an adviser, sorting out income cover for freelancers and sole traders. Would you be up for a quick call this week? I promise it's worth 15 minutes!"),
  ], focus=True)]),

S("fb-0600", False, "A friend trades fast, many-turn banter with Sam about a last-minute penalty; no business.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Ciarán Mulrooney")},
  [dm(F, "a", [
      ("a", "-25d 22:00", "pints thursday?"),
      (ME, "+1h", "go on"),
      ("a", "-1d 21:55", "THAT PENALTY 😭😭"),
      (ME, "+1m", "never a penalty in a million years"),
      ("a", "+1m", "he went down like he'd been shot"),
      (ME, "+2m", "Oscar-worthy"),
      ("a", "+1m", "we go again saturday 🙃"),
  ], focus=True)]),

S("fb-0601", False, "In French, a recruiter's template about a permanent pricing director role in Paris asks for a quick phone exchange; a recruiter.",
  "recruiter_template promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Aurore Vantieghem")},
  [dm(F, "a", [
      ("a", "-2d 10:10", "Bonjour Sam, votre parcours m'a immédiatement interpellée. J'accompagne un acteur majeur de son marché qui recherche un(e) Directeur(rice) Pricing & Revenue Management en CDI, basé(e) à Paris. Package très attractif. Seriez-vous ouvert(e) à un rapide échange téléphonique ?"),
  ], focus=True)]),

S("fb-0602", False, "A shop owner asks whether to show B2B prices with or without VAT, Sam explains in two messages and she says it is settled.",
  "trivial_question closed reciprocity first_contact",
  {"a": P("Philomena Tregarthen")},
  [dm(F, "a", [
      ("a", "-3d 14:00", "Hi Sam, quick one for my stationery shop: on the wholesale price list for offices, do I show prices with or without VAT?"),
      (ME, "+1h", "Without VAT for business buyers, that's what they compare. Put 'prices excl. VAT' in the header."),
      (ME, "+1m", "And keep the retail list with VAT included, since consumers see the final price."),
      ("a", "+40m", "Perfect, that's settled then. Thank you!"),
  ], focus=True)]),

S("fb-0603", False, "A café owner asked for a quote, Sam sent one, and she writes that they went with a local agency instead; declined.",
  "declined closed ask_rates reciprocity first_contact",
  {"a": P("Imogen Tallowfield")},
  [dm(F, "a", [
      ("a", "-9d 11:00", "Hi Sam, what would you charge to rework the prices on our café menu?"),
      (ME, "+3h", "Hi Imogen, a menu review with a workshop for you and your manager would be €600. Happy to adapt."),
      ("a", "-1d 16:00", "Thanks Sam, and sorry for the slow reply. We've decided to go with a local agency that's doing our branding too. Maybe another time!"),
      (ME, "+1h", "No problem at all, good luck with the relaunch!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 14: another plain month, very different writers
S("fb-0604", True, "In Portuguese, an elderly widow with three rural holiday cottages, sent by her grandson, asks Sam to phone her about prices her guests call too cheap.",
  "ask_call first_contact typo non_english lang_pt",
  {"a": P("Albertina Rosado Caeiro")},
  [dm(F, "a", [
      ("a", "-2d 15:10", "Boa tarde senhor Sam desculpe incomodar sou a Albertina avó do Nuno Caeiro que foi ao seu curso em Évora o meu neto diz que o senhor percebe muito de preços eu tenho tres casinhas de turismo rural em Monsaraz desde que o meu marido faleceu e as pessoas que vêm pela internet dizem todas que é barato demais mas eu nao sei quanto hei de pedir"),
      ("a", "+4m", "o senhor podia me telefonar um dia destes o Nuno tem o meu numero e eu pago o que for preciso obrigada e Deus o abençoe"),
      ("a", "+2m", "desculpe foi o meu neto que me pôs isto no telemóvel ainda nao sei bem mexer"),
  ], focus=True)]),

S("fb-0605", True, "A Manchester wedding caterer comments on Sam's post about packages, then writes in Messenger asking him to help restructure hers by phone or video.",
  "ask_help ask_call first_contact",
  {"a": P("Abena Asante-Whyte")},
  [th(F, [
      (ME, "-3d 10:00", "Packages are a pricing tool, not a menu. If nobody picks your top package, it isn't doing its job."),
      ("a", "+2h", "Sam this is literally me!! I do West African wedding catering in Manchester, three packages, everyone books the cheapest then adds extras one at a time and I end up with a spreadsheet nightmare. Can I inbox you?"),
      (ME, "+20m", "Of course, Abena."),
  ]),
   dm(F, "a", [
      ("a", "-2d 09:15", "Hi Sam, thank you for replying! So: Bronze £28 a head, Silver £36, Gold £45. 80% book Bronze and then add jollof upgrade, small chops, a second dessert, chapman bar... and by the end they're paying Gold money for a Bronze headache. Could you help me restructure them? Happy to pay, and we can talk on the phone or video, whichever you prefer 🙏🏾"),
  ], focus=True)]),

S("fb-0606", True, "In Bavarian-tinged German, a young woman who took over her parents' three bakeries asks Sam for half an hour on the phone about prices unchanged since 2021.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Veronika Brandlmeier")},
  [dm(F, "a", [
      ("a", "-1d 20:45", "Servus Sam! I bin die Vroni 😊 Ich hab im Frühjahr die Bäckerei von meinen Eltern in Landshut übernommen (3 Filialen, 22 Leute). Die Preise sind seit 2021 nicht angepasst worden, Butter und Strom sind aber explodiert, und mein Papa sagt immer nur 'des zahlt koaner'. Meine Freundin Lisa war in deinem Workshop und meint, du kannst sowas. Hättest du mal eine halbe Stunde zum Telefonieren? Gern auch abends nach Ladenschluss 🥨"),
  ], focus=True)]),

S("fb-0607", True, "In Colombian Spanish, a florist in Madrid starting with weddings asks Sam for a short call to price her packages, and they agree on a day.",
  "ask_call ask_help first_contact reciprocity non_english lang_es",
  {"a": P("Yuliana Castaño Restrepo")},
  [dm(F, "a", [
      ("a", "-3d 16:20", "Buenas tardes Sam, qué pena con usted escribirle así de la nada. Mi nombre es Yuliana, soy colombiana y tengo una floristería en Chamberí hace cuatro años. Este año quiero empezar con bodas pero no sé cómo armar los paquetes ni cuánto cobrar por el montaje, y me da susto quedarme corta. Una clienta me habló de usted. ¿Será que me puede regalar una llamadita esta semana o la otra? Yo le pago la asesoría, obvio. Mil gracias 🌸"),
      (ME, "+3h", "Hola Yuliana, encantado. ¿Te va bien el jueves a las 17h?"),
      ("a", "+12m", "¡Uy sí, perfecto! Muchísimas gracias, quedo atenta."),
  ], focus=True)]),

S("fb-0608", True, "A B&B owner Sam helped adds a Welsh blanket weaver to a Messenger group; he asks for a phone chat about prices and they set an evening.",
  "introduction ask_call first_contact reciprocity many_turns",
  {"k": P("Isla MacRitchie"), "n": P("Rhodri Llewelyn")},
  [dm(F, "k", [
      ("k", "-200d 09:00", "The new room rates are working a treat, thank you Sam."),
      (ME, "+1h", "Brilliant news, Isla."),
  ]),
   dm(F, "k n", [
      ("k", "-3d 19:00", "Isla MacRitchie added Sam Rivera and Rhodri Llewelyn to the group."),
      ("k", "+1m", "Sam, this is Rhodri, we met at a craft fair in Inverness. He weaves blankets from his own flock's wool and sells them far too cheaply. I told him you fixed my room rates. I'll leave you two to it! x"),
      ("n", "+2h", "Evening both. Thanks Isla. Sam, she's right, I've been charging £85 for a blanket that takes me near enough two days, and the shops want 50% on top. Would you have time for a chat on the phone sometime? Evenings are best for me."),
      (ME, "+40m", "Hi Rhodri, and thanks Isla! Definitely. Wednesday evening, 7pm UK time?"),
      ("n", "+25m", "Grand, Wednesday it is."),
  ], focus=True, title="Isla, Rhodri and Sam")]),

S("fb-0609", True, "In Québec French, a family sugar-shack owner who charges the same for full Saturdays and quiet Tuesdays asks Sam for a phone call next week.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Marie-Ève Thibodeau")},
  [dm(F, "a", [
      ("a", "-2d 23:30", "Allô Sam! Marie-Ève ici, j'opère une cabane à sucre familiale proche de Saint-Hyacinthe. On a vu passer ton texte sur les forfaits de groupe pis ça nous a fait réfléchir : on charge le même prix pour le repas le samedi soir pis le mardi midi, pis le samedi est plein six semaines d'avance. Mon chum pense qu'on devrait monter juste le samedi, moi j'ai peur de fâcher nos habitués. Est-ce que ça te tenterait qu'on se parle au téléphone la semaine prochaine? On peut s'arranger avec le décalage 🙂"),
  ], focus=True)]),

S("fb-0610", True, "A Johannesburg padel-club marketer comments on Sam's Facebook post, then asks on LinkedIn two days later for a video call about court prices.",
  "cross_platform first_contact ask_chat ask_call",
  {"a": P("Annelize Du Plessis", li=True)},
  [th(F, [
      (ME, "-4d 09:00", "Off-peak discounts quietly teach your customers that peak is overpriced."),
      ("a", "+5h", "Ouch. We run six padel clubs in Gauteng and 40% off before 4pm is exactly what we do. Weekday evenings are full, mornings are empty and our regulars now wait for the discount. Would love to pick your brain on this."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 10:30", "Hi Sam, Annelize from the padel clubs, I commented on your Facebook post earlier this week. Our MD has agreed to bring in outside help on court pricing before the new season. Could we set up a video call next week? We're one hour ahead of Lisbon."),
  ], focus=True)]),

S("fb-0611", True, "A Cebu virtual-assistant agency owner asks Sam three substantive questions about leaving hourly billing under his post, each answered within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Marites Dimaculangan")},
  [th(F, [
      (ME, "-1d 07:30", "Hourly pricing punishes you for getting faster at your job."),
      ("a", "+40m", "Sam, I run a virtual assistant team in Cebu (18 VAs) and we bill per hour to clients in Australia and the US. If we move away from hours, how do we price inbox management when every inbox is different?"),
      (ME, "+10m", "Tiers by volume, not by task: up to 50, 150 or 300 emails a day. Measure each client for two weeks before you quote."),
      ("a", "+5m", "Ohh okay. And if the client goes above the tier for one month only?"),
      (ME, "+6m", "Let it go once. Then move them up. The first overage is a gift, the second is a conversation."),
      ("a", "+4m", "Love that. Last question po: on our website do we show the price per VA or per tier?"),
      (ME, "+8m", "Per tier. The client is buying an outcome, not a person."),
  ], focus=True)]),

S("fb-0612", True, "In Austrian German, an exchange classmate silent for four years, now running a ski-school association, asks what a paid workshop day would cost and offers a call.",
  "reengagement ask_rates ask_call non_english lang_de",
  {"a": P("Florian Gschwandtner")},
  [dm(F, "a", [
      ("a", "-1500d 22:00", "Servus Sam, war a super Semester mit dir in Wien! Meld dich, wenn du mal in Tirol bist."),
      (ME, "+10h", "Mach ich, Flo!"),
      ("a", "-2d 17:10", "Servus Sam, lang ist's her! Ich bin inzwischen Geschäftsführer vom Verband der Tiroler Skischulen (42 Schulen). Die Saisonpreise sind ein Chaos, jede Schule macht, was sie will, und die Gäste vergleichen alles online. Wir würden im Herbst gern einen Workshoptag mit dir für unsere Mitglieder in Innsbruck machen, natürlich bezahlt. Was würdest du dafür verlangen? Können auch gern mal telefonieren."),
  ], focus=True)]),

S("fb-0613", True, "A Tulsa dog-daycare owner, sent by a mutual friend, asks for a phone call about moving from day passes to monthly memberships.",
  "ask_call first_contact",
  {"a": P("Shawna Pettibone")},
  [dm(F, "a", [
      ("a", "-1d 13:50", "Hi Sam! You don't know me, I'm a friend of Carla Bettencourt-Lynch (she says hi!!). I own two dog daycares in Tulsa, Oklahoma and we're switching from day passes to monthly memberships this fall. Carla said you helped her gym do the same thing. Could we hop on a phone call sometime next week? I know y'all are like 6 hours ahead so I can do early mornings my time. Thank you so much!!"),
  ], focus=True)]),

S("fb-0614", True, "In Brazilian Portuguese, a nail-salon owner in Lisbon whose Portuguese and Brazilian clients disagree on her prices invites Sam for a coffee and they fix Thursday.",
  "ask_meeting first_contact reciprocity non_english lang_pt",
  {"a": P("Jéssica Nascimento Prado")},
  [dm(F, "a", [
      ("a", "-2d 12:30", "Oi Sam, tudo bem? Sou a Jéssica, sou brasileira e tenho um salão de unhas em Arroios faz dois anos. As clientes portuguesas acham tudo caro, as brasileiras acham tudo barato kkkk e eu no meio sem saber o que fazer com a tabela. Uma amiga me passou seu perfil. Bora tomar um café qualquer dia essa semana? Acho que a gente é quase vizinho"),
      (ME, "+2h", "Olá Jéssica! Claro, quinta de manhã no café ao pé do mercado de Arroios?"),
      ("a", "+8m", "Fechado!! Até quinta 💅"),
  ], focus=True)]),

S("fb-0615", True, "A wool-shop owner from Hebden Bridge asks, shyly and indirectly, whether Sam ever gives advice by telephone about pricing her knitting workshops.",
  "indirect_ask ask_call first_contact",
  {"a": P("Maureen Ackroyd")},
  [dm(F, "a", [
      ("a", "-3d 10:05", "Hello Sam, I hope you don't mind me messaging. I've had a wool shop in Hebden Bridge for 26 years and we've started running workshops (sock knitting, that sort of thing) but I've never known how to price them, I just charge what the lady in Halifax charges. My daughter showed me your page. I don't suppose you ever do a bit of advice over the telephone for little shops like mine? No worries at all if not. Kind regards, Maureen"),
  ], focus=True)]),

S("fb-0616", True, "In French, a Brussels bike-courier cooperative asks Sam to look at its new rate grid and discuss it by video next week, with a small budget.",
  "ask_feedback ask_meeting first_contact non_english lang_fr",
  {"a": P("Lotte Vanderheyden")},
  [dm(F, "a", [
      ("a", "-1d 11:40", "Bonjour Sam, je suis coordinatrice chez Rayon Vert, une coopérative de coursiers à vélo à Bruxelles (11 coursiers). On a revu notre grille tarifaire (par zone, par poids, express ou pas) et on n'est pas sûrs qu'elle soit lisible pour nos clients, surtout les restos. Est-ce que tu accepterais d'y jeter un œil ? On pourrait en parler en visio la semaine prochaine, on a un petit budget prévu pour ça."),
  ], focus=True)]),

S("fb-0617", True, "A Naivasha eco-lodge owner asks under Sam's post whether he takes projects like hers and what a review of her rate card would cost; Sam invites details.",
  "ask_rates first_contact reciprocity",
  {"a": P("Wanjiru Kamau-Ndegwa")},
  [th(F, [
      (ME, "-3d 08:00", "Two prices for the same thing are fine. Two prices nobody can explain are not."),
      ("a", "+4h", "Sam, we run a small eco-lodge near Naivasha (12 tents). Our rates are in USD for foreigners and KES for residents and the gap is big, people complain about it in reviews. Do you take on projects like ours? What would it cost to have you review our rate card?"),
      (ME, "+1h", "Hi Wanjiru, I do. Send me a message with the rate card and I'll tell you what a review would look like."),
      ("a", "+30m", "Sending it now, asante sana!"),
  ], focus=True)]),

S("fb-0618", True, "A friend silent for over three years now runs the traders' side of a Peckham food hall and proposes a paid pricing clinic, asking for a video call or coffee.",
  "reengagement ask_meeting ask_call",
  {"a": P("Meera Chaudhuri")},
  [dm(F, "a", [
      ("a", "-1300d 23:00", "Lovely to see you at Dev's wedding, you dance like a pricing consultant 😂"),
      (ME, "+10h", "I'll take that as a compliment."),
      ("a", "-2d 19:20", "Sam!! It's been forever. Guess what, I now run the traders' side of a food hall in Peckham (24 stalls). Half my traders lose money on weekday lunches and none of them know how to price. I'd love to run a pricing clinic with you here, a Saturday morning, paid from our trader budget. Could we grab a video call, or a coffee when you're next in London?"),
  ], focus=True)]),

S("fb-0619", True, "In Swiss German, a Zurich cycling-accessories shop whose new bundle launched this morning is cannibalising everything asks for a call today or tomorrow; Sam will ring at four.",
  "ask_help ask_call first_contact reciprocity fast_reply non_english lang_de",
  {"a": P("Reto Kälin")},
  [dm(F, "a", [
      ("a", "-1d 11:20", "Hoi Sam, sorry für die direkte Nachricht. Wir verkaufen online Velozubehör aus Zürich und haben heute Morgen ein Bundle lanciert: Helm + Licht + Schloss für 129 Franken. Seit 9 Uhr kauft niemand mehr die Einzelteile, dafür das Bundle wie verrückt, und unsere Marge darauf ist fast null. Stoppen wir das sofort oder lassen wir es laufen? Könnten wir heute oder morgen kurz telefonieren? Ich weiss, ist kurzfristig."),
      (ME, "+25m", "Hoi Reto, lass es heute noch laufen und ändere nichts am Preis. Ich ruf dich um 16 Uhr an."),
      ("a", "+3m", "Merci vielmal!"),
  ], focus=True)]),

S("fb-0620", False, "In Portuguese, an elderly neighbour sends Sam a flowery morning blessing and he returns the greeting; small talk.",
  "small_talk reciprocity non_english lang_pt",
  {"a": P("Glória Antunes Bettencourt")},
  [dm(F, "a", [
      ("a", "-60d 11:00", "Obrigada por me ajudar com as compras Sam és um querido"),
      (ME, "+1h", "Sempre que precisar, D. Glória!"),
      ("a", "-1d 07:45", "Bom dia Sam 🌸🌹☕ que Nosso Senhor te dê um dia abençoado cheio de paz e alegria beijinhos da vizinha do 2º esquerdo"),
      (ME, "+2h", "Bom dia D. Glória! Igualmente, um beijinho 😊"),
  ], focus=True)]),

S("fb-0621", False, "A Marketplace buyer sends the pre-filled Spanish '¿Sigue disponible?' about a bookcase Sam is selling; automated.",
  "automated non_english lang_es",
  {"a": P("Nerea Urkiola")},
  [dm(F, "a", [
      ("a", "-1d 22:14", "Hola. ¿Sigue disponible?"),
  ], focus=True)]),

S("fb-0622", False, "Sam asks a print shop's Page for a quote and the only answer is its automatic promise to respond within one business day.",
  "automated",
  {"a": P("Printwell Studio")},
  [dm(F, "a", [
      (ME, "-1d 10:00", "Hi, could you quote 300 copies of an A5 workbook, 40 pages, colour cover?"),
      ("a", "+1m", "Thanks for contacting Printwell Studio! We've received your message and will respond within 1 business day. Opening hours: Mon-Fri 9:00-17:30."),
  ], focus=True)]),

S("fb-0623", False, "In Brazilian Portuguese, an influencer tags Sam among fifteen people in a skincare giveaway post; a mass tag.",
  "mass_mention promotional first_contact non_english lang_pt",
  dict(crowd(15, 623), a=P("Thaynara Bezerra")),
  [th(F, [
      ("a", "-1d 19:00", "🎁 SORTEIO RELÂMPAGO 🎁 Pra comemorar 50 mil seguidores vou sortear um kit de skincare!! Marquei aqui uns amigos especiais 💖 pra participar é só curtir, compartilhar e marcar 3 amigos nos comentários!! Resultado sexta 🍀", {"at": ats(15)}),
  ], focus=True)]),

S("fb-0624", False, "A stranger opens with 'hey lovely', recruits for her skincare team and asks for a quick call with zero pressure; an MLM opener.",
  "promotional keyword_trap first_contact",
  {"a": P("Destiny Harkness")},
  [dm(F, "a", [
      ("a", "-2d 21:30", "Hey lovely!! 💕 I know we haven't chatted before but your posts always make me smile! I'm building my own little business with an amazing skincare brand and I'm looking for a couple of go-getters to join my team, it has honestly changed my life. Can I give you a quick ring to share more? Totally zero pressure!! ✨"),
  ], focus=True)]),

S("fb-0625", False, "An angry commenter blames consultants like Sam for Dublin pint prices and says someone should ring his clients; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Pádraig Mulcahy")},
  [th(F, [
      (ME, "-2d 08:30", "If you're afraid to raise prices, ask yourself who you're protecting: your customers, or your own discomfort."),
      ("a", "+3h", "Easy for you to say from your laptop in Lisbon. Lads like you are the reason a pint is €7.50 in Dublin. Somebody ought to ring your clients and tell them what they're really paying for."),
  ], focus=True)]),

S("fb-0626", False, "In German, a Harz guesthouse owner thanks Sam for yesterday's phone call about a weekend surcharge and says she will apply it; closed.",
  "closed reciprocity ask_call first_contact non_english lang_de",
  {"a": P("Hannelore Stöckl")},
  [dm(F, "a", [
      ("a", "-7d 09:30", "Guten Tag Herr Rivera, ich betreibe eine kleine Pension im Harz mit acht Zimmern. Am Wochenende sind wir immer voll, unter der Woche kaum. Dürfte ich Sie einmal anrufen?"),
      (ME, "+2h", "Guten Tag Frau Stöckl, gern. Passt Ihnen Montag um 11 Uhr?"),
      ("a", "+30m", "Ja, das passt. Vielen Dank."),
      ("a", "-2d 17:00", "Lieber Herr Rivera, vielen Dank für das gute Gespräch gestern. Wir führen den Wochenendaufschlag ab dem nächsten Monat ein, wie besprochen. Herzliche Grüße aus dem Harz, H. Stöckl"),
      (ME, "+1h", "Sehr gern, Frau Stöckl. Viel Erfolg!"),
  ], focus=True)]),

S("fb-0627", False, "In Spanish, a Valencian falla member asks Sam for a free Saturday talk, he cannot make the date and she says no pasa nada; declined.",
  "declined closed reciprocity first_contact non_english lang_es",
  {"a": P("Amparo Ferrandis Llopis")},
  [dm(F, "a", [
      ("a", "-5d 20:10", "Hola Sam! Soy de la comisión de una falla de Ruzafa. Hacemos unas charlas para los comercios del barrio y nos encantaría que vinieras a hablar de precios el sábado 14. No podemos pagar mucho, pero la paella corre de nuestra cuenta 😄"),
      (ME, "+3h", "¡Qué bonita propuesta, Amparo! Ese fin de semana estoy en Oporto con un cliente y no llego, lo siento mucho."),
      ("a", "+40m", "¡No pasa nada! Otro año será. ¡Un abrazo!"),
  ], focus=True)]),

S("fb-0628", False, "A Nova Scotia ceramicist asked for a call about wholesale prices eight weeks ago, Sam offered times and she never came back; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": P("Kirsten Aucoin")},
  [dm(F, "a", [
      ("a", "-58d 14:00", "Hi Sam! I make ceramics in Lunenburg, Nova Scotia, and a shop in Halifax wants to carry my mugs. They want 50% off retail. Could we do a call about wholesale pricing?"),
      (ME, "+4h", "Hi Kirsten, happy to. Would Tuesday or Wednesday afternoon your time work?"),
  ], focus=True)]),

S("fb-0629", False, "In French, Sam comments on a Thiers knife maker's post offering a 20-minute call and gets no answer; Sam's own ask.",
  "owner_only ask_call non_english lang_fr",
  {"a": P("Jean-Baptiste Larrieu")},
  [th(F, [
      (ME, "-4d 18:00", "Jean-Baptiste, ton post sur le prix de tes couteaux m'a beaucoup parlé. Si tu veux, on peut en discuter 20 minutes au téléphone, avec plaisir."),
  ], focus=True, root="a")]),

S("fb-0630", False, "A New Zealand reader comments 'thanks for sharing' under Sam's post; thanks only.",
  "thanks_only first_contact",
  {"a": P("Ngaire Holloway")},
  [th(F, [
      (ME, "-2d 07:40", "Every discount needs an expiry date and a reason. Without both it's just your new price."),
      ("a", "+6h", "Thanks for sharing Sam, very useful."),
  ], focus=True)]),

S("fb-0631", False, "A stranger reacts to Sam's post with a row of clapping emoji; nothing to continue.",
  "emoji_only first_contact",
  {"a": P("Dwayne Fairclough")},
  [th(F, [
      (ME, "-1d 09:15", "The most expensive words in business: 'we've always charged that'."),
      ("a", "+2h", "👏👏👏👏"),
  ], focus=True)]),

S("fb-0632", False, "An Australian friend in Lisbon and Sam argue fast and at length over the city's best pastel de nata; banter.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Kylie Mackellar")},
  [dm(F, "a", [
      ("a", "-30d 13:00", "thanks for the tip on the tram, saved my life"),
      (ME, "+2h", "Anytime!"),
      ("a", "-1d 16:00", "ok controversial but the nata at the petrol station on Avenida da Liberdade is better than the famous place"),
      (ME, "+2m", "I'm reporting you to the authorities."),
      ("a", "+1m", "flakier!!! warmer!!!"),
      (ME, "+2m", "You ate it at 3am after a party, it doesn't count."),
      ("a", "+1m", "it ALWAYS counts 😤 blind taste test saturday, loser buys"),
  ], focus=True)]),

S("fb-0633", False, "Neighbours plan the street party in a Messenger group; 'let's meet at 7 by the fountain' is logistics, not an ask.",
  "small_talk keyword_trap reciprocity many_turns",
  {"a": P("Tobias Engqvist"), "b": P("Chiara Lombardini")},
  [dm(F, "a b", [
      ("a", "-2d 18:00", "Hej neighbours! Street party is on for Saturday, the junta approved the grills. Who brings what?"),
      ("b", "+20m", "I do the focaccia, three trays 🍞"),
      (ME, "+30m", "I'll bring sardines and a speaker."),
      ("a", "+5m", "Perfect. Let's meet at 7 by the fountain to set up the tables."),
      ("b", "+3m", "👍 see you there"),
  ], focus=True, title="Rua do Vale neighbours")]),

S("fb-0634", False, "Friends end a video call in a Messenger group and agree to repeat it next month; 'The video call ended.' is system text, not an ask.",
  "keyword_trap small_talk reciprocity",
  {"a": P("Oonagh Delaney"), "b": P("Tomasz Grabowiecki")},
  [dm(F, "a b", [
      ("a", "-1d 20:00", "The video call ended."),
      ("a", "+1m", "that was so good, same time next month?"),
      ("b", "+3m", "yes!! I'll bring better wine this time, virtually"),
      (ME, "+10m", "Count me in."),
  ], focus=True, title="The Erasmus lot")]),

S("fb-0635", False, "A former colleague silent for three years resurfaces as a financial adviser selling income protection and asks for a 15-minute call; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": P("Gareth Blackshaw")},
  [dm(F, "a", [
      ("a", "-1200d 17:30", "Good luck out there, Sam, we'll miss your spreadsheets."),
      (ME, "+1h", "Ha, thanks Gareth!"),
      ("a", "-2d 11:00", "Sam! Been ages. I've gone independent as a financial adviser, mostly income protection for freelancers and contractors. Most freelancers I talk to are one broken wrist away from trouble. Fancy a 15-minute call this week? No obligation, just a quick health check."),
  ], focus=True)]),

S("fb-0636", False, "A recruitment agency offers Sam a permanent Pricing Lead role in Dublin over Messenger and asks for a quick chat; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Chelsea Varga")},
  [dm(F, "a", [
      ("a", "-1d 12:10", "Hi Sam, hope you don't mind me reaching out here! Your background jumped out at me and I think you'd be a brilliant fit for an exciting Pricing Lead role with one of our clients in Dublin (hybrid, €95-110k + bonus). Are you free for a quick chat this week? Chelsea, Emerald Talent"),
  ], focus=True)]),

S("fb-0637", False, "An Algarve yoga-retreat organiser asks for help pricing her retreats, then says her brother-in-law has sorted it; withdrawn before Sam's answer mattered.",
  "closed ask_help reciprocity first_contact",
  {"a": P("Saffron Leadbetter")},
  [dm(F, "a", [
      ("a", "-6d 08:50", "Hi Sam! I run small yoga retreats near Aljezur and honestly have no idea if €890 for a week is mad. Could you help me think it through?"),
      (ME, "+2h", "Hi Saffron, happy to. What's included, and how full were you last season?"),
      ("a", "-4d 19:30", "Ah sorry Sam, ignore me! My brother-in-law is an accountant and spent the weekend on it with me, we're sorted. Thank you though x"),
      (ME, "+1h", "Great, good luck with the season!"),
  ], focus=True)]),

S("fb-0638", False, "A freelancer asks which invoicing app Sam uses in Portugal, gets the name in one line and says cheers; settled.",
  "trivial_question closed reciprocity first_contact",
  {"a": P("Ibrahim Sesay")},
  [dm(F, "a", [
      ("a", "-2d 14:20", "Sam quick one: what do you use for invoicing in Portugal? The Finanças certified software stuff confuses me."),
      (ME, "+30m", "Faturalia. Certified, cheap and the app is decent."),
      ("a", "+4m", "Perfect, cheers!"),
  ], focus=True)]),

S("fb-0639", False, "Sam's old maths teacher, silent for years, congratulates him on his book after seeing it in the paper; congratulations only.",
  "small_talk reengagement reciprocity",
  {"a": P("Geraldine Wexford")},
  [dm(F, "a", [
      ("a", "-2000d 16:00", "Lovely to bump into you at the reunion, Sam."),
      (ME, "+3h", "You too, Mrs Wexford!"),
      ("a", "-1d 10:30", "Sam, your old maths teacher here! I saw in the paper that your book is out. I always said you'd do something with those numbers. So proud of you."),
      (ME, "+2h", "Mrs Wexford! That means a lot, thank you. You get some of the credit."),
  ], focus=True)]),

S("fb-0640", False, "A market's Page sends the automatic reminder that an event Sam marked as going starts tomorrow; a notification.",
  "automated",
  {"a": P("Lisbon Makers Market")},
  [dm(F, "a", [
      ("a", "-1d 09:00", "Reminder: Lisbon Makers Market, Spring Edition, starts tomorrow at 10:00 at the old tram depot. You're marked as Going. See event details and the stall map in the event page."),
  ], focus=True)]),

S("fb-0641", False, "A web designer claims to have found seven issues on Sam's site and pushes a free audit call on Messenger and then Twitter; a seller on two platforms.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Rahul Kapadia", tw="rahul_pixelsmith")},
  [dm(F, "a", [
      ("a", "-3d 10:40", "Hi Sam, I ran your site through our audit tool: 7 issues are hurting your conversions (slow mobile load, unclear call-to-action, no trust badges). I'd love to walk you through them on a free 15-minute audit call. When suits you?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 09:05", "Hi Sam, sent you a message on Facebook about your website, did you see it? Happy to do that free audit call this week 🙂"),
  ], focus=True)]),

S("fb-0642", False, "A fake 'Meta draw' account says Sam won €250,000 and asks him to pay a processing fee through an agent; a scam.",
  "spam automated",
  {"a": P("Meta Page Support Center")},
  [dm(F, "a", [
      ("a", "-1d 04:15", "Congratulations! Your profile was selected in the Meta Users Anniversary Draw and you have won €250,000. To claim your prize, contact our agent on WhatsApp and pay the €180 processing fee: meta-draw-claims.example/agent"),
  ], focus=True)]),

S("fb-0643", False, "A former client adds a lead-generation agency owner to a Messenger group, and she pitches Sam a call about filling his calendar; an introduction that is a sale.",
  "introduction promotional keyword_trap first_contact",
  {"k": P("Hamish Cruickshank"), "n": P("Skye Haverford")},
  [dm(F, "k", [
      ("k", "-350d 12:00", "Invoice paid, and thanks again for the tiering work."),
      (ME, "+1h", "Thanks Hamish!"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 15:00", "Hamish Cruickshank added Sam Rivera and Skye Haverford to the group."),
      ("k", "+1m", "Sam, meet Skye, she filled our sales calendar last year. Thought you two should know each other."),
      ("n", "+30m", "Thanks Hamish! Hi Sam 😊 We run LinkedIn outreach for consultants and typically book 8-12 qualified discovery meetings a month. Would you be up for a 15-minute call to see the numbers?"),
  ], focus=True, title="Hamish, Skye and Sam")]),

# ----------------------------------------------------------------- batch 15: the week after a viral post
S("fb-0644", True, "A wedding florist asks under Sam's viral post whether it fits her packages, Sam invites a message, and she asks for a paid 45-minute call before her brochure goes to print.",
  "ask_call first_contact reciprocity",
  {"a": P("Rosalind Chenoweth")},
  [th(F, [
      (ME, "-6d 19:00", "Story from a client this year: a bakery with a lovely €18 cake that nobody ordered. We put a €42 cake next to it, knowing hardly anyone would buy it. Three weeks later the €18 cake sold out every day by lunchtime. Your most expensive item is rarely there to be sold. It's there so the next one down looks like the sensible choice."),
      ("a", "-5d 08:30", "Sam, could this work for wedding flowers? Our packages are £650, £900 and £1,400 and everyone books the cheapest and then adds bits."),
      (ME, "+1h", "It could! Sounds like the £1,400 isn't doing its job yet. Message me if you want to dig into it."),
      ("a", "+15m", "Will do, thank you!"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-4d 21:10", "Hi Sam, Rosalind from the wedding flowers comment. I've read your post again and again. Wedding season starts in six weeks. Could we book a paid call, maybe 45 minutes? I'd like to rebuild the packages with you before the new brochure goes to print."),
  ], focus=True)]),

S("fb-0645", True, "A traders' association organiser shares Sam's viral post, asks him to speak for a fee at their June meeting and wants to ring him; Sam says yes and she sends her number.",
  "ask_call first_contact reciprocity",
  {"a": P("Harriet Kinyanjui-Stokes")},
  [th(F, [
      ("a", "-3d 20:00", "Sharing this post by Sam Rivera because it's the most useful thing I've read all year for our high-street shops. Sam, would you come and talk to Bedminster Traders about it at our June meeting? We'd cover a fee and the train. Can I ring you this week to sort a date?"),
      (ME, "+2h", "Harriet, thank you for sharing it! I'd love to. Send me a message with your number and I'll call you back."),
      ("a", "+30m", "Sent! Evenings are best for me 😊"),
  ], focus=True)]),

S("fb-0646", True, "A café owner Sam worked for three years ago resurfaces after his post went viral: a second café opens in the autumn and she wants coffee and a proposal.",
  "reengagement ask_meeting ask_rates",
  {"a": P("Beatrix Lanyon")},
  [dm(F, "a", [
      ("a", "-1100d 15:00", "The new menu is up! Thanks again Sam, the brunch bundle is already our bestseller."),
      (ME, "+2h", "Fantastic, Beatrix! Send a photo."),
      ("a", "-2d 10:40", "Sam!! Your cake post has been shared in three of my WhatsApp groups 😄 It reminded me I owe you a message: we're opening a second café in Campo de Ourique in the autumn and I want you on the menu and pricing again, properly this time, from the start. Coffee next week? My treat, and then your proposal."),
  ], focus=True)]),

S("fb-0647", True, "A Lake District hotelier comments on Sam's viral post about his unsold suites and three days later tweets at Sam asking for a call; the same person on two platforms.",
  "cross_platform first_contact ask_call reciprocity",
  {"a": P("Duncan Heathwaite", tw="duncan_heathwaite")},
  [th(F, [
      (ME, "-7d 18:30", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime. The most expensive item is rarely there to be sold."),
      ("a", "-5d 22:00", "We run a 14-room hotel in the Lake District and our two suites never sell. Maybe they're our €42 cake and we've priced them all wrong? Would love your take."),
      (ME, "+10h", "Could well be! Suites often are. Happy to talk it through."),
  ], focus=True),
   th(T, [
      ("a", "-2d 09:10", "@samrivera_io Duncan here, the Lake District hotel from your Facebook post. Found you on here too. Could we have a call next week about the suites? The season's about to start."),
  ], focus=True)]),

S("fb-0648", True, "A friend tags a garden-centre owner under Sam's viral post, and the owner takes it up and asks Sam for a paid call next week.",
  "introduction first_contact ask_call reciprocity",
  {"k": P("Celestine Adjei-Marsh"), "n": P("Dana Grimshaw")},
  [dm(F, "k", [
      ("k", "-300d 19:00", "Thanks for dinner Sam, the kids loved the dessert"),
      (ME, "+1h", "Anytime, Celestine!"),
  ]),
   th(F, [
      (ME, "-6d 18:45", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("k", "-4d 12:00", "Dana Grimshaw this is the guy I told you about, your plant prices!! Sam is brilliant, talk to him", {"at": "n"}),
      ("n", "+3h", "Ha, Celestine has been on at me for months 😄 Sam, I run a garden centre near Guildford. Our big specimen trees just sit there and nobody touches the mid-range either. Would you have time for a call next week? Happy to pay of course."),
      (ME, "+1h", "Hi Dana! Any friend of Celestine's. Yes, message me and we'll find a time."),
  ], focus=True)]),

S("fb-0649", True, "A local radio producer whose listener sent in Sam's viral post books him for the breakfast show and asks for a prep call today or tomorrow morning.",
  "ask_call first_contact",
  {"a": P("Priya Chaudhury-Hale")},
  [dm(F, "a", [
      ("a", "-1d 16:20", "Hi Sam, I produce the business slot on the breakfast show at Solent Sound. A listener sent us your cake post and we'd love you on Thursday at 7:40 for a six-minute chat (phone or studio line). Could I give you a quick call today or tomorrow morning to prep? What's the best number?"),
  ], focus=True)]),

S("fb-0650", True, "A meal-prep founder asks follow-up after follow-up under Sam's viral post while Sam answers within minutes; a stranger with a real business problem.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Ruairí Madden")},
  [th(F, [
      (ME, "-5d 19:10", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime. The most expensive item is rarely there to be sold."),
      ("a", "-2d 12:00", "Question from a meal-prep business: we sell boxes of 5, 10 and 15 meals. Is the 15 our '€42 cake' or should we add a 20?"),
      (ME, "+5m", "What's the split between the three today?"),
      ("a", "+3m", "roughly 60% fives, 35% tens, 5% fifteens"),
      (ME, "+6m", "Then the 15 is already doing that job, just not well. I'd make the 10 the obvious best value per meal before adding anything."),
      ("a", "+4m", "per meal the 10 is €8.90 and the 15 is €8.60, so the 15 is the better deal right now. flip that?"),
      (ME, "+5m", "Not flip, but narrow the gap from the 10 upwards and make the 10 the one you show first."),
      ("a", "+2m", "ok this is gold, sitting down with our numbers tonight"),
  ], focus=True)]),

S("fb-0651", True, "A Pembrokeshire guesthouse owner who saw the viral post shared asks, hesitantly, what it would cost to have Sam look at her room rates.",
  "ask_rates indirect_ask first_contact",
  {"a": P("Eluned Bevan-Gwyn")},
  [dm(F, "a", [
      ("a", "-3d 21:45", "Hello Sam, a friend shared your post about the cake and I've not stopped thinking about it. I run a small guesthouse in Pembrokeshire with six rooms and a 'sea view' room I probably undercharge for. I don't really know how consultants work, but if you ever take on tiny places like mine I'd love to know what it would cost to have you look at our rates."),
  ], focus=True)]),

S("fb-0652", True, "An Edinburgh cookery school whose team shared the viral post asks for a quote for a half-day workshop for eight instructors, with a call if useful.",
  "ask_rates ask_call first_contact",
  {"a": P("Lucinda Balfour-Keir")},
  [dm(F, "a", [
      ("a", "-2d 11:15", "Hi Sam, Lucinda from Leith Kitchen Table cookery school. Your post was shared in our team chat with about twenty exclamation marks. We'd like you to run a half-day workshop on class pricing for our 8 instructors, ideally in May. Could you send me a quote? Happy to jump on a call first if that helps."),
  ], focus=True)]),

S("fb-0653", True, "A yoga-studio owner rewrote her price list after Sam's viral post, messages it to him for feedback and asks for 20 minutes on the phone.",
  "ask_feedback ask_call first_contact",
  {"a": P("Tanvi Ramaswamy")},
  [th(F, [
      (ME, "-6d 18:20", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "-4d 18:30", "I've just rewritten my yoga studio price list after reading this. Sent you a message, would love your eyes on it 🙏"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-4d 18:28", "Hi Sam, this is my new price list: drop-in £14, 10-class pass £110, unlimited £95 a month and a new £180 'studio+' with two privates. Does the top one make sense or is it too big a jump? Would you have 20 minutes on the phone this week to look at it with me?"),
  ], focus=True)]),

S("fb-0654", True, "In French, a Namur chocolatier comments on Sam's viral post, asks by Messenger for a paid call, and they set one for next Tuesday.",
  "ask_call first_contact reciprocity non_english lang_fr",
  {"a": P("Baudouin Delvigne")},
  [th(F, [
      (ME, "-6d 19:30", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "-3d 17:00", "Chez nous, c'est le ballotin d'un kilo qui ne part jamais 🍫 Je vous écris en privé."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 17:10", "Bonjour Sam, je suis chocolatier à Namur (deux boutiques). Nos ballotins de 250 g se vendent, le 500 g un peu, le kilo jamais. Votre publication m'a fait réfléchir à toute la gamme. On pourrait s'appeler la semaine prochaine ? Je vous rémunère pour le temps passé, évidemment."),
      (ME, "+3h", "Bonjour Baudouin, avec plaisir. Mardi prochain à 10h ?"),
      ("a", "+40m", "Mardi 10h, parfait. Je vous envoie nos prix d'ici là."),
  ], focus=True)]),

S("fb-0655", True, "In Québec French, a business-breakfast coordinator invites Sam as a paid speaker after his viral post and asks for a video meeting next week.",
  "ask_meeting first_contact non_english lang_fr",
  {"a": P("Marie-Soleil Gagnon-Lapierre")},
  [dm(F, "a", [
      ("a", "-2d 14:30", "Bonjour Sam! Je coordonne les Matinées PME de Sherbrooke (environ 300 entrepreneurs chaque mois). Votre publication sur le gâteau à 42 € a fait le tour de notre comité. On aimerait vous inviter comme conférencier en septembre, cachet et déplacement payés. Seriez-vous disponible pour une rencontre en visio la semaine prochaine pour en jaser?"),
  ], focus=True)]),

S("fb-0656", True, "In Mexican Spanish, a Monterrey restaurateur shares Sam's viral post tagging him, asks what he would charge to review two menus and follows up by Messenger.",
  "ask_rates first_contact non_english lang_es",
  {"a": P("Eugenio Lozoya Treviño")},
  [th(F, [
      ("a", "-2d 13:00", "Comparto esta publicación de Sam Rivera porque nos pasa igual en el restaurante: el cabrito entero no lo pide nadie y todos se van por la orden chica. Sam, ¿cuánto cobrarías por revisar la carta de nuestros dos restaurantes en Monterrey? Te escribo también por inbox."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 13:12", "Hola Sam, soy Eugenio, el de la publicación compartida. Te mando la carta en PDF. ¿Me pasas una cotización? Si necesitas una llamada antes, con gusto."),
  ], focus=True)]),

S("fb-0657", True, "In Austrian German, a ski-rental owner asks about his premium package under Sam's viral post, gives his prices and asks to phone next week.",
  "ask_call first_contact reciprocity non_english lang_de",
  {"a": P("Lukas Moosbrugger")},
  [th(F, [
      (ME, "-5d 18:40", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "-3d 19:40", "Servus Sam, wir haben einen Skiverleih in Lech. Bei uns ist das Premium-Paket so ein 42-Euro-Kuchen, das nimmt fast keiner. Ist das gut oder schlecht?"),
      (ME, "+30m", "Servus Lukas! Kommt drauf an, ob es das mittlere Paket besser aussehen lässt. Wie sind die Preise?"),
      ("a", "+15m", "Basis 39 €, Komfort 52 €, Premium 79 € pro Tag. Könnten wir nächste Woche mal telefonieren? Die neue Saison wird im Sommer kalkuliert."),
  ], focus=True)]),

S("fb-0658", True, "In Portuguese, a Porto pastry-shop owner shown Sam's viral post by a customer asks for a coffee or a call and offers to pay.",
  "ask_meeting ask_call first_contact non_english lang_pt",
  {"a": P("Rosa Maria Carneiro Leite")},
  [dm(F, "a", [
      ("a", "-1d 18:00", "Boa tarde Sam, sou a Rosa, da Pastelaria Flor do Bonfim, no Porto. Uma cliente mostrou-me a sua publicação do bolo e fiquei a pensar na nossa montra, que tem tudo ao mesmo preço há anos. Podemos marcar um café quando vier ao Porto, ou uma chamada? Pago a consulta, claro."),
  ], focus=True)]),

S("fb-0659", True, "In Brazilian Portuguese, a former workshop attendee silent for two years sees the viral post and wants to hire Sam for her new language school, asking his fee and a video call.",
  "reengagement ask_rates ask_call non_english lang_pt",
  {"a": P("Juliana Pacheco Brandão")},
  [dm(F, "a", [
      ("a", "-720d 22:00", "Sam, obrigada pelo workshop online de ontem! Aprendi demais."),
      (ME, "+10h", "Obrigado eu, Juliana!"),
      ("a", "-3d 20:30", "Oi Sam, lembra de mim? Fiz seu workshop online há uns dois anos. Vi seu post do bolo compartilhado por todo lado! Agora abri uma escola de idiomas em Curitiba, com três planos, e queria contratar você pra revisar os preços antes das matrículas de julho. Quanto você cobra? Podemos fazer uma chamada de vídeo?"),
  ], focus=True)]),

# ---- negatives
S("fb-0660", False, "Sam's aunt comments that she is proud of his viral post and Sam thanks her; family warmth with nothing to continue.",
  "small_talk reciprocity",
  {"a": P("Pilar Menéndez Ordóñez")},
  [dm(F, "a", [
      ("a", "-70d 09:00", "Happy birthday sweetheart! Call your mother 😘"),
      (ME, "+2h", "Thank you Tía! I did!"),
  ]),
   th(F, [
      (ME, "-6d 18:50", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "-5d 20:00", "So proud of you!!! ❤️❤️ Your uncle printed it for the fridge"),
      (ME, "+1h", "Thank you Tía Pilar ❤️ Tell him it's not that good"),
  ], focus=True)]),

S("fb-0661", False, "A business-circle member shares Sam's viral post and tags fifteen friends so they see it; a mass tag.",
  "mass_mention",
  dict(crowd(15, 646), a=P("Sandra Wiśniewska-Reid")),
  [th(F, [
      ("a", "-3d 21:00", "Everyone in our women's business circle needs to read this! Tagging you all so it doesn't get lost. Written by Sam Rivera 👇", {"at": ats(15)}),
  ], focus=True)]),

S("fb-0662", False, "A group post rides Sam's viral post with 'comment PRICE and I'll send my template', tagging him and a dozen others; engagement bait.",
  "mass_mention promotional",
  dict(crowd(12, 647), a=P("Trent Ealingham")),
  [th(F, [
      ("a", "-2d 17:30", "Sam Rivera's cake post is going viral, but the REAL secret is the pricing sheet behind it 🍰 Comment PRICE and I'll send you my template for free 👇", {"at": ats(12)}),
  ], focus=True)]),

S("fb-0663", False, "A commenter tags a friend under Sam's viral post to tease him about his gelato shop and the friend answers her; friends' banter, nothing for Sam.",
  "small_talk first_contact",
  {"a": P("Lorenza Abbiati"), "b": P("Marco Iannucci")},
  [th(F, [
      (ME, "-5d 19:00", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "+4h", "Marco Iannucci this is literally your gelato shop 😂", {"at": "b"}),
      ("b", "+25m", "Lorenza I am NOT making a €42 sundae. stop it."),
  ], focus=True)]),

S("fb-0664", False, "A fake 'creator reward' account comments under the viral post that Sam won $1,000 and must verify his page; a scam.",
  "spam automated",
  {"a": P("Creators Reward Desk")},
  [th(F, [
      (ME, "-4d 18:35", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "+2h", "Congratulations 🎉 Your post was selected for this month's Creator Reward of $1,000. Verify your page within 24 hours to receive it: creator-reward-desk.example/verify"),
  ], focus=True)]),

S("fb-0665", False, "A content freelancer messages that she could turn the viral post into a Reel and carousel for €90; a seller in the DMs.",
  "promotional first_contact",
  {"a": P("Jasmine Polglase")},
  [dm(F, "a", [
      ("a", "-2d 15:10", "Hi Sam! Your cake post is doing numbers 🔥 I could turn it into a Reel with captions plus a 6-slide carousel for €90, 48-hour delivery. Want me to send a sample?"),
  ], focus=True)]),

S("fb-0666", False, "A course seller comments under the viral post to advertise her café-pricing course to his readers; promotion in the comments.",
  "promotional first_contact",
  {"a": P("Delphine Gascoyne")},
  [th(F, [
      (ME, "-5d 18:55", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "+6h", "Great post! 👏 This is exactly what I teach in my Profit Kitchen course for café owners. Anyone reading: message me CAKE for 30% off this week 🍰"),
  ], focus=True)]),

S("fb-0667", False, "Two strangers pile on under the viral post, calling it conning pensioners and manipulation; hostility with no ask.",
  "hostile first_contact",
  {"a": P("Royston Beale"), "b": P("Gail Ferncombe")},
  [th(F, [
      (ME, "-4d 19:15", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "+6h", "Conning pensioners out of cake money. Lovely career you've got there."),
      ("b", "+20m", "Exactly. It's manipulation in a nice font."),
  ], focus=True)]),

S("fb-0668", False, "A retired baker argues over several comments that cakes should be priced on cost, Sam answers each time, and they leave it at agreeing to differ; a debate.",
  "small_talk reciprocity many_turns first_contact",
  {"a": P("Terence Halloway")},
  [th(F, [
      (ME, "-6d 18:40", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "-5d 10:20", "Forty years a baker. In my day you priced a cake on flour, butter and hours, not tricks."),
      (ME, "+1h", "Costs set the floor, Terence, and they still matter. They just don't tell you what a customer will happily pay."),
      ("a", "+2h", "A customer will happily pay for an honest cake at an honest price."),
      (ME, "+40m", "Both cakes are honest here. Only the shelf changed."),
      ("a", "+1h", "We'll not agree on this one, lad. Good luck to the bakery all the same."),
  ], focus=True)]),

S("fb-0669", False, "A reader asks whether the €42 cake ever sold, Sam says two or three a week, and she laughs and thanks him; a one-line question answered.",
  "trivial_question reciprocity first_contact",
  {"a": P("Gemma Prideaux")},
  [th(F, [
      (ME, "-3d 19:05", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "+3h", "But did anyone EVER buy the €42 one?? 😄"),
      (ME, "+15m", "Two or three a week, mostly for birthdays!"),
      ("a", "+10m", "Ha, love it, thanks!"),
  ], focus=True)]),

S("fb-0670", False, "A women-in-business breakfast asks Sam for a free talk next Tuesday after his viral post, he declines because he is abroad, and she says another time; declined.",
  "declined closed reciprocity ask_call first_contact",
  {"a": P("Yvonne Kettlewell")},
  [dm(F, "a", [
      ("a", "-3d 12:00", "Hi Sam, loved your cake post! I run a women-in-business breakfast in Cascais. Would you give a free 20-minute talk next Tuesday? Could we have a quick call about it?"),
      (ME, "+3h", "Hi Yvonne, thank you for thinking of me! I'm abroad all next week, so I'll have to say no this time."),
      ("a", "+20m", "No problem at all, another time! Safe travels."),
  ], focus=True)]),

S("fb-0671", False, "A café owner asked under the viral post to talk about her café seven weeks ago, Sam invited a message, and she never wrote; stale.",
  "stale ask_chat reciprocity first_contact",
  {"a": P("Orla Brennan-Wise")},
  [th(F, [
      (ME, "-50d 18:30", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "-49d 10:00", "Sam, can we talk about this for my café? I'd love a proper chat about it."),
      (ME, "+1h", "Of course, Orla! Send me a message with a few details."),
  ], focus=True)]),

S("fb-0672", False, "A caterer had a call with Sam after the viral post and writes to thank him and say she has what she needs; closed.",
  "closed thanks_only reciprocity ask_call first_contact",
  {"a": P("Hyacinth Barlow")},
  [dm(F, "a", [
      ("a", "-6d 11:00", "Hi Sam, I do event catering and your post made me rethink my three menus. Could we have a short call this week?"),
      (ME, "+1h", "Of course. Thursday at 4pm?"),
      ("a", "+10m", "Perfect."),
      ("a", "-1d 18:20", "Thank you so much for yesterday's call, Sam. I've got everything I need to redo the menus. Really kind of you!"),
      (ME, "+1h", "My pleasure, Hyacinth. Good luck with the new menus!"),
  ], focus=True)]),

S("fb-0673", False, "A school friend silent for four years spots Sam's viral post and swaps fast jokes with him about their old maths teacher; banter.",
  "small_talk reciprocity many_turns fast_reply reengagement",
  {"a": P("Dougie Kinnaird")},
  [dm(F, "a", [
      ("a", "-1500d 22:00", "Happy new year mate!"),
      (ME, "+11h", "And you Dougie!"),
      ("a", "-2d 21:00", "Oi! Famous now are we. Your cake post came up in my feed three times today 😂"),
      (ME, "+3m", "Don't. My phone hasn't stopped buzzing."),
      ("a", "+1m", "Mr Dalgleish would be proud. Or he'd give you a detention for showing off"),
      (ME, "+2m", "Detention, definitely. He never forgave me for the calculator incident."),
      ("a", "+1m", "the calculator incident 😂😂 legend"),
  ], focus=True)]),

S("fb-0674", False, "A stranger loves Sam's viral post, says he'd be amazing in her wellness team and asks for a quick call; an MLM opener.",
  "promotional keyword_trap first_contact",
  {"a": P("Kayleigh Moorcroft")},
  [dm(F, "a", [
      ("a", "-1d 20:30", "Hey hun!! 💕 Saw your post everywhere, you're clearly a natural with people!! I've got something that would suit you perfectly, a wellness brand that's growing SO fast 🙌 Are you open to a quick call this week? No pressure at all!!"),
  ], focus=True)]),

S("fb-0675", False, "A recruiter says Sam's recent post caught her attention and pitches a Pricing Director role with a quick-call ask; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Darcy Pembleton")},
  [dm(F, "a", [
      ("a", "-2d 09:15", "Hi Sam, your recent post caught my attention! I'm working with a leading consumer-goods company on an exciting Pricing Director opportunity and your background looks like a great match. Would you be open to a quick call this week to discuss?"),
  ], focus=True)]),

S("fb-0676", False, "A stranger shares Sam's viral post 'saving this' for when she redoes her shop prices; a bookmark, nothing to continue.",
  "thanks_only first_contact",
  {"a": P("Imogen Pascoe")},
  [th(F, [
      ("a", "-4d 22:10", "Saving this for when I redo the shop prices. Great one, Sam Rivera 📌"),
  ], focus=True)]),

S("fb-0677", False, "In Spanish, a commenter tags two friends under Sam's viral post to tease them about their shop and one answers her; friends' banter.",
  "small_talk first_contact non_english lang_es",
  {"a": P("Amparo Sanchís"), "b": P("Lucía Ferrer Bellver"), "c": P("Marta Climent Soler")},
  [th(F, [
      (ME, "-5d 18:30", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "+5h", "Lucía Ferrer Bellver Marta Climent Soler mirad esto, lo de la tarta de 42 € es lo que os decía de la tienda 😂", {"at": "b c"}),
      ("b", "+30m", "Jajaja vale, pero la tarta la pagas tú"),
  ], focus=True)]),

S("fb-0678", False, "In Spanish, a stranger comments 'what a star, saved' under the viral post; praise and a bookmark with nothing to continue.",
  "thanks_only first_contact non_english lang_es",
  {"a": P("Gonzalo Azpeitia Sáez")},
  [th(F, [
      (ME, "-4d 19:20", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "+9h", "¡Qué crack! Guardado para releer con calma 🙌"),
  ], focus=True)]),

S("fb-0679", False, "In French, a marketing agency says Sam's post is a hit and offers a 15-minute call to turn it into a sales funnel; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Jérémie Lassalle-Dumas")},
  [dm(F, "a", [
      ("a", "-2d 10:05", "Bonjour Sam, votre publication cartonne 🚀 Avec notre agence, on transforme ce genre de viralité en tunnel de vente automatisé pour consultants. Un petit appel de 15 minutes cette semaine pour vous montrer comment ?"),
  ], focus=True)]),

S("fb-0680", False, "In French, a stranger jokes that her mother-in-law's cake is the family's €42 cake and Sam jokes back; banter.",
  "small_talk reciprocity first_contact non_english lang_fr",
  {"a": P("Solange Mauduit")},
  [th(F, [
      (ME, "-6d 18:25", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "-5d 09:40", "Chez nous, le gâteau à 42 €, c'est celui de ma belle-mère : personne n'en veut mais il est toujours sur la table 😂"),
      (ME, "+30m", "Le seul gâteau stratégique de la famille !"),
      ("a", "+5m", "😂😂 je lui dirai, elle sera ravie"),
  ], focus=True)]),

S("fb-0681", False, "In German, a stranger calls the viral post customer-fooling and says 'ruf mich an' when Sam writes something honest; hostility with the word call.",
  "hostile keyword_trap first_contact non_english lang_de",
  {"a": P("Detlef Brünnighausen")},
  [th(F, [
      (ME, "-5d 19:00", "Story from a client this year: a bakery with an €18 cake nobody ordered. We put a €42 cake beside it that hardly anyone buys. The €18 cake now sells out by lunchtime."),
      ("a", "+7h", "Tolle Idee, Kunden mit Fantasiepreisen veräppeln. Ruf mich an, wenn du mal was Ehrliches schreibst."),
  ], focus=True)]),

S("fb-0682", False, "In German, a Kassel friend comments that his regulars' table discussed the post at their Treffen and Sam sends greetings; small talk, a keyword trap.",
  "small_talk keyword_trap reciprocity non_english lang_de",
  {"a": P("Matthias Ebersbach")},
  [dm(F, "a", [
      ("a", "-90d 20:00", "Schöne Grüße aus Kassel, melde dich mal, wenn du in der Gegend bist!"),
      (ME, "+1d", "Mach ich, Matthias!"),
  ]),
   th(F, [
      (ME, "-6d 18:35", "Story from a client this year: a bakery's €18 cake that nobody ordered. We added a €42 cake next to it that hardly anyone buys. Now the €18 one sells out by lunchtime."),
      ("a", "-4d 22:30", "Haben wir am Donnerstag beim Stammtisch-Treffen genau so diskutiert 😄 Grüße aus Kassel!"),
      (ME, "+9h", "Grüß mir die Runde!"),
      ("a", "+2h", "Mach ich! 🍻"),
  ], focus=True)]),

S("fb-0683", False, "In Portuguese, a former classmate silent for three and a half years uses the viral post as an opener to sell income insurance and says 'liga-me'; selling to Sam.",
  "promotional keyword_trap reengagement non_english lang_pt",
  {"a": P("Nuno Saraiva Lampreia")},
  [dm(F, "a", [
      ("a", "-1300d 23:00", "Grande noite, Sam! Abraço"),
      (ME, "+10h", "Abraço, Nuno!"),
      ("a", "-2d 13:40", "Olá Sam! Vi o teu post, estás famoso 😄 Olha, agora trabalho com seguros de proteção de rendimento para trabalhadores independentes, e com o sucesso vem a responsabilidade, certo? Liga-me esta semana para te fazer uma simulação, demora 10 minutos."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 16: a B2B month
S("fb-0684", True, "The owner of an office-cleaning company whose three biggest contract clients want to renegotiate asks Sam for a call before the meetings.",
  "ask_call ask_help first_contact",
  {"a": P("Courtney Ballantyne")},
  [dm(F, "a", [
      ("a", "-1d 18:30", "Hi Sam, a friend in the Lisbon Business Owners group pointed me to you. I run an office-cleaning company, 38 staff, mostly yearly contracts with offices and clinics. Three of our biggest clients want to renegotiate in the same month and all of them are asking for 10% off. I meet the first one on the 12th. Could we have a call before then? Happy to pay for your time."),
  ], focus=True)]),

S("fb-0685", True, "The organiser of a regional hospitality business network tags Sam asking him to give a members' session on B2B contract prices, and after his reply asks for his fee and a call.",
  "ask_rates ask_call first_contact reciprocity",
  {"a": P("Jacinta Morrow-Lisle")},
  [th(F, [
      ("a", "-3d 11:00", "Members keep asking how to price group and corporate contracts for next season. Sam Rivera, would you do an evening session for the Algarve Hospitality Business Network? We're about 120 member businesses."),
      (ME, "+2h", "Hi Jacinta, I'd be glad to. Message me the dates you have in mind."),
      ("a", "+1h", "Wonderful! I'll message you. What's your fee for a 90-minute session? And could we have a quick call this week to shape the content?"),
  ], focus=True)]),

S("fb-0686", True, "A coffee roaster who supplies forty cafés asks Sam for a quote to rework her wholesale price list and suggests a call.",
  "ask_rates ask_call first_contact",
  {"a": P("Tamsyn Oakhurst")},
  [dm(F, "a", [
      ("a", "-2d 09:45", "Hello Sam! I own Ridgeback Roasters, we supply about 40 cafés and 6 offices. Our wholesale list is basically 'whatever I agreed with each café in 2019'. Green coffee is up 40% and I need a proper wholesale structure with volume tiers before I talk to them. What would you charge to help? Maybe a call first so you see the mess 😅"),
  ], focus=True)]),

S("fb-0687", True, "In French, the manager of an artisanal biscuit company that sells to delicatessens asks Sam for a call this week before announcing a price increase.",
  "ask_call ask_help first_contact non_english lang_fr",
  {"a": P("Solène Rabuteau")},
  [dm(F, "a", [
      ("a", "-1d 20:00", "Bonsoir Sam, je gère la Biscuiterie des Marais, nous vendons à environ 150 épiceries fines en France et en Belgique. Le beurre et l'emballage ont explosé, nous devons augmenter nos tarifs de 8 à 10 % au 1er janvier et je redoute la réaction des revendeurs. Pourrait-on s'appeler cette semaine ? Je vous explique la situation en vingt minutes."),
  ], focus=True)]),

S("fb-0688", True, "In French, a Brussels consultancy partner Sam has worked with proposes a joint response to a public tender for a regional agency's fee schedule and asks for a call before the deadline.",
  "ask_call reciprocity many_turns non_english lang_fr",
  {"a": P("Aurélien Vandermeulen")},
  [dm(F, "a", [
      ("a", "-95d 17:00", "Merci encore pour l'atelier commun à Gand, les participants étaient ravis."),
      (ME, "+2h", "Merci Aurélien, c'était un plaisir de travailler ensemble."),
      ("a", "-2d 10:15", "Sam, l'agence wallonne pour l'export vient de publier un marché public pour revoir la grille des tarifs de ses prestations aux entreprises. Nous avons l'expertise secteur public mais pas la partie pricing. Ça te dirait de répondre ensemble ? Dépôt des offres le 28, on pourrait s'appeler mardi ou mercredi pour répartir le travail ?"),
      (ME, "+1h", "Oui, très intéressé ! Mercredi matin me va."),
      ("a", "+15m", "Parfait, mercredi 10h. Je t'envoie le cahier des charges."),
  ], focus=True)]),

S("fb-0689", True, "In Spanish, the owner of a Málaga industrial laundry squeezed by hotel clients asks Sam if they can talk on the phone about her contract prices.",
  "ask_call ask_help first_contact non_english lang_es",
  {"a": P("Inmaculada Ruiz-Carrasco")},
  [dm(F, "a", [
      ("a", "-2d 19:10", "Hola Sam, te escribo desde Málaga. Tengo una lavandería industrial que trabaja para 22 hoteles de la Costa del Sol. Los hoteles grandes me aprietan cada año el precio por kilo y la luz no para de subir, este año estoy perdiendo dinero con dos de ellos. Una conocida del grupo de empresarias me dijo que tú ayudas con estas cosas. ¿Podemos hablar por teléfono un día de esta semana?"),
  ], focus=True)]),

S("fb-0690", True, "In Austrian German, the owner of an office-catering company asks Sam for an offer to rework her contract prices and proposes a phone appointment.",
  "ask_rates ask_call first_contact reciprocity non_english lang_de",
  {"a": P("Hemma Rauchenberger")},
  [dm(F, "a", [
      ("a", "-3d 08:40", "Grüß Gott Herr Rivera, ich führe in Graz ein Catering für Firmenkantinen, wir beliefern 17 Betriebe täglich. Die Lebensmittelpreise sind so gestiegen, dass unsere Verträge mit Fixpreis pro Essen nicht mehr aufgehen. Könnten Sie mir ein Angebot machen, unsere Vertragspreise neu aufzusetzen? Gerne vorher ein Telefontermin, damit Sie sich ein Bild machen können."),
      (ME, "+4h", "Grüß Gott Frau Rauchenberger, sehr gern. Donnerstag 10 Uhr oder Freitag 14 Uhr?"),
      ("a", "+40m", "Donnerstag 10 Uhr passt wunderbar, ich rufe Sie an."),
  ], focus=True)]),

S("fb-0691", True, "In Portuguese, the commercial director of a cork-stopper maker preparing new prices for wineries asks Sam for a meeting in Porto or Lisbon.",
  "ask_meeting first_contact non_english lang_pt",
  {"a": P("Hermínio Castro Valente")},
  [dm(F, "a", [
      ("a", "-2d 11:20", "Bom dia Sam. Sou diretor comercial da Corticeira Vale do Uíma, em Santa Maria da Feira. Vendemos rolhas a cerca de 400 adegas em Portugal, Espanha e França e vamos rever a tabela de preços para a próxima vindima. Gostaríamos de contar com um apoio externo. Seria possível marcarmos uma reunião, no Porto ou em Lisboa, nas próximas duas semanas?"),
  ], focus=True)]),

S("fb-0692", True, "A former client adds the owner of a packaging distributor to a Messenger group and she asks Sam for a call about her trade price lists.",
  "introduction ask_call first_contact",
  {"k": P("Desmond Carrow"), "n": P("Philomena Staunton")},
  [dm(F, "k", [
      ("k", "-300d 15:00", "New bakery prices live today, first week went smoothly. Cheers Sam."),
      (ME, "+1h", "Brilliant, Desmond!"),
  ]),
   dm(F, "k n", [
      ("k", "-2d 10:00", "Desmond Carrow added Sam Rivera and Philomena Staunton to the group."),
      ("k", "+1m", "Sam, Philomena supplies all our boxes and bags. She's redoing her trade prices and I said she has to talk to you."),
      ("n", "+35m", "Thanks Desmond! Hi Sam, we distribute food packaging to about 250 bakeries and cafés and our trade price list has 1,100 lines and 14 discount levels. I'd love a call to see if you could help, any day next week works."),
  ], focus=True, title="Desmond, Philomena and Sam")]),

S("fb-0693", True, "The owner of an event-AV rental company asks on Messenger about day rates for corporate clients and follows up on LinkedIn three days later asking for a call; the same person on two platforms.",
  "ask_call ask_help cross_platform first_contact",
  {"a": P("Lachlan Brennock", li=True)},
  [dm(F, "a", [
      ("a", "-4d 19:00", "Hi Sam, I run Brennock AV, we rent sound, screens and crew for corporate events. Corporate clients keep asking for 'all-in day rates' and we keep undercharging. Is this something you'd look at?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 08:50", "Hi Sam, Lachlan from Brennock AV, I messaged you on Facebook earlier in the week. Writing here too as it's more of a business matter. Could we set up a call? We quote three big conferences next month."),
  ], focus=True)]),

S("fb-0694", True, "An acquaintance silent for four years, now running her family's plumbing-supplies wholesaler, asks Sam for help with trade-account discounts and proposes lunch.",
  "reengagement ask_meeting ask_help",
  {"a": P("Rowena Glasspool")},
  [dm(F, "a", [
      ("a", "-1500d 21:00", "Great catching up at Tiago's wedding, Sam!"),
      (ME, "+10h", "You too, Rowena!"),
      ("a", "-2d 12:30", "Sam, hi! Long overdue message. I took over my dad's plumbing-supplies wholesaler last year and the trade accounts are a jungle: 600 installers, each with a discount someone agreed over a coffee in 1998. I really need help sorting it out properly. Can I take you to lunch next week and tell you about it?"),
  ], focus=True)]),

S("fb-0695", True, "A stranger running a small commercial printer asks a run of substantive questions about minimum orders under Sam's post and Sam answers each within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Barnabas Kilbride")},
  [th(F, [
      (ME, "-1d 08:30", "Minimum order quantities are a price, even if they never appear on the price list."),
      ("a", "+30m", "Commercial printer here. Our minimum run is 500 but agencies keep ordering 120 and we do it anyway. Raise the minimum or charge for small runs?"),
      (ME, "+6m", "Charge for small runs: a setup fee under 500. Then the minimum is a choice, not a fight."),
      ("a", "+5m", "Would the setup fee show on the quote as its own line?"),
      (ME, "+4m", "Yes, a visible line. Hidden in the unit price it just looks like you're expensive."),
      ("a", "+3m", "And for agencies that order every week?"),
      (ME, "+5m", "Waive it above a monthly volume. Reward the habit you want."),
  ], focus=True)]),

S("fb-0696", True, "The head of sales at a furniture maker that supplies hotels asks, indirectly, whether Sam would spare half an hour to hear how he'd handle contract pricing.",
  "indirect_ask ask_chat first_contact",
  {"a": P("Eamon Threlkeld")},
  [dm(F, "a", [
      ("a", "-2d 21:15", "Hi Sam, hope it's ok to write here. I head sales at a furniture maker in Paços de Ferreira, we fit out hotels across Europe. Contract pricing is where we lose our margin, every tender ends with us cutting 15% to win. I don't really know how people like you work, but if you ever had half an hour I'd love to hear how you'd approach it."),
  ], focus=True)]),

S("fb-0697", True, "A former client silent for a year and a half, now operations director at a cash-and-carry, asks Sam what a margin project there would cost.",
  "reengagement ask_rates",
  {"a": P("Gwendoline Ferrabee")},
  [dm(F, "a", [
      ("a", "-560d 16:00", "The new croissant pricing is working, the shops are happy. Thanks so much for everything, Sam."),
      (ME, "+1h", "Lovely to hear, Gwendoline!"),
      ("a", "-3d 10:05", "Hi Sam! Big news, I left the bakery and I'm now operations director at Grossfield Cash & Carry. Our margin on catering customers is awful and the owners have given me budget to fix it. Could you tell me roughly what a project like the bakery one would cost here? 3 depots, about 9,000 lines."),
  ], focus=True)]),

S("fb-0698", True, "The director of executive education at a Dublin university asks Sam to co-design a two-day pricing course for managers and to meet on Zoom.",
  "ask_call first_contact",
  {"a": P("Fionnbar Kinsella-Rourke")},
  [dm(F, "a", [
      ("a", "-2d 14:40", "Dear Sam, I'm Director of Executive Education at Liffey Business School. We're adding a two-day open programme on pricing for commercial managers next spring and would like to design it with you and have you teach it. Would you be free for a Zoom call next week to discuss format and fees?"),
  ], focus=True)]),

S("fb-0699", True, "In Swiss French with typos, the owner of an IT-services firm moving clients from hourly billing to monthly packages asks Sam for a call.",
  "ask_call first_contact typo non_english lang_fr",
  {"a": P("Loïc Chappuis-Genoud")},
  [dm(F, "a", [
      ("a", "-1d 22:10", "Salut Sam, jai une petite boite d'informatique a Lausanne, on gère le parc de 45 PME. on facture a l'heure et les clients rallent a chaque facture. je veux passer a des forfaits mensuels mais je sais pas comment les calculer sans me planter. on pourrait se faire un appel la semaine prochaine ? je paye evidement"),
  ], focus=True)]),

S("fb-0700", False, "A breakfast club tags Sam and eleven others in a post inviting them to its procurement networking breakfast; a mass tag.",
  "mass_mention promotional first_contact",
  dict(crowd(11, 700), a=P("Tagus Procurement Breakfast")),
  [th(F, [
      ("a", "-1d 12:00", "Thursday's Procurement Breakfast has 8 seats left! Tagging people who should be there 👇 Sam Rivera", {"at": ats(11)}),
  ], focus=True)]),

S("fb-0701", False, "Sam messages a supplier's business Page and gets its automatic reply about response times; a Page auto-reply.",
  "automated",
  {"a": P("Norvik Label Printing")},
  [dm(F, "a", [
      (ME, "-1d 16:00", "Hello, do you print short runs of book labels?"),
      ("a", "+1m", "Thanks for contacting Norvik Label Printing! We usually reply within one business day. For urgent quotes, use the form on our website."),
  ], focus=True)]),

S("fb-0702", False, "A business coach proposes to 'partner' and scale Sam to seven figures on a free 15-minute call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": P("Brandi Whitcombe")},
  [dm(F, "a", [
      ("a", "-2d 18:20", "Hi Sam!! I love what you do 🙌 I help consultants go from 5 to 7 figures with my Premium Offer Method and I'd love to partner with you. I have 2 spots left for a free 15-min Growth Call this week, want one? 💫"),
  ], focus=True)]),

S("fb-0703", False, "A directory tells Sam his business was 'selected' for a Top Consultants of Portugal listing that costs €299 a year; a paid listing.",
  "promotional first_contact",
  {"a": P("Top Consultants PT Directory")},
  [dm(F, "a", [
      ("a", "-1d 13:00", "Good news, Sam Rivera! Your business has been selected for the 2026 edition of Top Consultants of Portugal. Activate your Featured Listing (€299/year) to receive the certificate, a badge for your website and priority placement. Offer valid for 7 days."),
  ], focus=True)]),

S("fb-0704", False, "A friend who runs a bakery asks Sam to vote for her in a local business award, he says done and she thanks him; a favour, not his work.",
  "small_talk promotional reengagement reciprocity many_turns",
  {"a": P("Clodagh Ferreira-Maguire")},
  [dm(F, "a", [
      ("a", "-200d 18:00", "So glad you made it to the launch party, Sam!"),
      (ME, "+2h", "Wouldn't miss it!"),
      ("a", "-2d 09:00", "Sam!! We're finalists for Best Neighbourhood Business 🥐 voting closes Friday, would you vote for us? link in my post 🙏"),
      (ME, "+1h", "Done! Good luck!"),
      ("a", "+5m", "You're a star ❤️"),
  ], focus=True)]),

S("fb-0705", False, "Sam congratulates a former colleague on her new job as head of procurement and she thanks him; congratulations only.",
  "small_talk thanks_only reengagement reciprocity many_turns",
  {"a": P("Marguerite Ellesmere")},
  [dm(F, "a", [
      ("a", "-400d 19:00", "Miss our Friday lunches, Sam."),
      (ME, "+1h", "Me too!"),
      (ME, "-2d 18:00", "Saw the news, Head of Procurement! Congratulations, Marguerite, well deserved."),
      ("a", "+2h", "Thank you Sam! 😊"),
  ], focus=True)]),

S("fb-0706", False, "A small-business owner asks whether B2B prices should be quoted without VAT, Sam answers in one line and she thanks him; settled.",
  "trivial_question closed reciprocity first_contact",
  {"a": P("Harriet Oyelowo-Finch")},
  [dm(F, "a", [
      ("a", "-3d 15:00", "Hi Sam, silly question from the business group: when I quote companies, do I show the price with or without VAT?"),
      (ME, "+25m", "Without VAT for business customers, and say so next to the price."),
      ("a", "+4m", "Great, thank you!"),
  ], focus=True)]),

S("fb-0707", False, "A wholesaler thanks Sam for yesterday's call and says they will take it from here; the call has happened and the thread is closed.",
  "closed thanks_only reciprocity many_turns ask_call first_contact",
  {"a": P("Cormac Delamere")},
  [dm(F, "a", [
      ("a", "-8d 10:00", "Hi Sam, could we have a quick call about how to present a price increase to our trade customers?"),
      (ME, "+1h", "Sure, Tuesday at 4pm?"),
      ("a", "+10m", "Perfect."),
      ("a", "-1d 09:30", "Yesterday's chat sorted our heads out, Sam, thank you! We've got enough to run with now."),
  ], focus=True)]),

S("fb-0708", False, "A printing-company owner asked for a quote two months ago, Sam answered with questions and nothing has come back; stale.",
  "stale ask_rates reciprocity first_contact",
  {"a": P("Bartholomew Quince")},
  [dm(F, "a", [
      ("a", "-58d 11:30", "Hi Sam, what would it cost to have you look at our print price list?"),
      (ME, "+3h", "Hi Bartholomew, depends on size. How many products and customer groups do you have?"),
  ], focus=True)]),

S("fb-0709", False, "Sam offers a call to a café-chain owner who posted about price increases and gets no answer for over two months; Sam's own ask.",
  "owner_only ask_call",
  {"a": P("Ignatius Fairweather")},
  [dm(F, "a", [
      (ME, "-75d 10:00", "Hi Ignatius, saw your post about the menu increase. If useful, happy to do a short call on how to communicate it to your corporate catering clients."),
  ], focus=True)]),

S("fb-0710", False, "A recruiter's Messenger template offers a commercial-pricing manager role and asks for a quick chat; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Shannon Tolliver")},
  [dm(F, "a", [
      ("a", "-1d 11:00", "Hi Sam! Hope you don't mind the message here. I'm recruiting a Commercial Pricing Manager for a leading FMCG business in Madrid (hybrid, great package). Your experience looks like a brilliant match. Free for a quick chat this week? Shannon, Apex Talent Partners"),
  ], focus=True)]),

S("fb-0711", False, "A fake 'Business Support' account warns that Sam's Page will be disabled unless he verifies through a link; a scam.",
  "spam automated",
  {"a": P("Meta Business Integrity Desk")},
  [dm(F, "a", [
      ("a", "-1d 03:20", "URGENT: a trademark complaint was filed against your Page. Without verification your Page and ad account will be removed by tomorrow. Confirm ownership of your business account now: meta-business-appeal.example/verify"),
  ], focus=True)]),

S("fb-0712", False, "Coworking founders banter in a group chat and one says 'let's call it a day' about the office bar tab; friendly banter and a keyword trap.",
  "small_talk keyword_trap reciprocity many_turns",
  {"a": P("Perrin Alcott"), "b": P("Yolanda Breckenridge")},
  [dm(F, "a b", [
      ("a", "-1d 19:00", "who left 14 empty espresso cups in the meeting room"),
      ("b", "+3m", "not me, I'm a tea person now, I've changed"),
      (ME, "+5m", "I plead the fifth."),
      ("a", "+2m", "ok let's call it a day before someone confesses to the fridge yoghurt too"),
  ], focus=True, title="Level 3 coworkers")]),

S("fb-0713", False, "A former colleague silent for three years resurfaces selling card terminals with 'lower fees for consultants' and asks for a call; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": P("Darren Pocklington")},
  [dm(F, "a", [
      ("a", "-1100d 20:00", "Good luck in Lisbon, mate!"),
      (ME, "+1d 09:00", "Cheers Darren!"),
      ("a", "-2d 14:10", "Sam mate! Long time. I'm with PayNest now, card terminals and payment links for small businesses, we beat most banks on fees. Thought of you straight away for your workshops. 10-minute call this week? I'll run your numbers, bet I save you a few hundred a year."),
  ], focus=True)]),

S("fb-0714", False, "A stranger comments that consultants like Sam are why suppliers gouge small businesses; hostile.",
  "hostile first_contact",
  {"a": P("Vernon Stubbington")},
  [th(F, [
      (ME, "-1d 11:00", "Raising prices for your business customers is not betrayal. Losing money on them quietly is."),
      ("a", "+3h", "Consultants like you are exactly why our suppliers gouge us every January. Easy to preach when you don't pay the bills."),
  ], focus=True)]),

S("fb-0715", False, "A wholesaler asks Sam to run a sales-team workshop next week, Sam declines because he is booked and she says no worries; declined.",
  "declined closed reciprocity ask_help first_contact",
  {"a": P("Ysolde Pennington")},
  [dm(F, "a", [
      ("a", "-3d 09:00", "Hi Sam, could you run a half-day workshop on negotiating prices for our 10 sales reps next Thursday?"),
      (ME, "+2h", "Hi Ysolde, thanks for thinking of me. I'm with a client all next week, so I can't, sorry."),
      ("a", "+20m", "No worries at all, we'll sort something internally. Thanks!"),
  ], focus=True)]),

S("fb-0716", False, "In Spanish, a networking company sends Sam a templated invitation to a paid executive breakfast with an early-bird price; an event invitation sent to many.",
  "promotional first_contact non_english lang_es",
  {"a": P("Desayunos Directivos Sevilla")},
  [dm(F, "a", [
      ("a", "-2d 10:00", "¡Hola Sam Rivera! 🌞 Te invitamos al próximo Desayuno de Directivos Comerciales en Sevilla, con ponencia sobre negociación con grandes cuentas. Precio early bird 45 € (IVA incl.) hasta el lunes. ¡Reserva tu plaza en desayunosdirectivos.example!"),
  ], focus=True)]),

S("fb-0717", False, "In Spanish, a distributor asked Sam for help with quantity discounts and then wrote that they solved it internally; withdrawn.",
  "closed ask_help reciprocity many_turns first_contact non_english lang_es",
  {"a": P("Eulalia Monteagudo")},
  [dm(F, "a", [
      ("a", "-6d 12:00", "Hola Sam, tenemos una distribuidora de material de oficina en Zaragoza y queremos rehacer los descuentos por volumen. ¿Nos podrías ayudar?"),
      (ME, "+3h", "Hola Eulalia, claro. ¿Cuántos clientes y tramos de descuento tenéis ahora?"),
      ("a", "-2d 17:00", "Perdona Sam, al final lo ha resuelto nuestro controller con la tabla que ya teníamos. Gracias de todos modos, ¡un saludo!"),
      (ME, "+1h", "¡Perfecto, suerte!"),
  ], focus=True)]),

S("fb-0718", False, "In French, a magazine offers a 'partenariat' that is a paid expert profile in its consultants' special issue and asks for a call; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Maëlys Fontanarosa")},
  [dm(F, "a", [
      ("a", "-2d 15:30", "Bonjour Sam, je vous contacte de la part du magazine Décideurs & Conseil. Nous vous proposons un partenariat : un portrait d'expert dans notre numéro spécial « Les consultants qui comptent », avec interview et visibilité premium, pour une participation de 1 850 € HT. Seriez-vous disponible pour un rapide appel cette semaine ?"),
  ], focus=True)]),

S("fb-0719", False, "In German, a business-group member thanks Sam for the tip about a tiered price list and Sam replies with an emoji; thanks only.",
  "thanks_only reciprocity first_contact non_english lang_de",
  {"a": P("Gottfried Ellerbrock")},
  [dm(F, "a", [
      ("a", "-1d 17:45", "Danke für den Tipp mit der Staffelpreisliste in der Gruppe, hat mir sehr geholfen! 👍"),
      (ME, "+1h", "🙂"),
  ], focus=True)]),

S("fb-0720", False, "In German, a roofing firm asked for a phone call about its commercial quotes seven weeks ago, Sam offered times and nothing followed; stale.",
  "stale ask_call reciprocity first_contact non_english lang_de",
  {"a": P("Reinhold Oberstätter")},
  [dm(F, "a", [
      ("a", "-49d 07:30", "Servus Sam, wir sind eine Dachdeckerei mit 25 Leuten und machen viel für Gewerbekunden. Unsere Angebote sind immer zu billig. Können wir mal telefonieren?"),
      (ME, "+5h", "Servus Reinhold, gern! Passt dir Dienstag 9 Uhr oder Mittwoch 16 Uhr?"),
  ], focus=True)]),

S("fb-0721", False, "In Portuguese, a stranger in a business group asks Sam to like and share the launch of her company's Page; a request for engagement.",
  "promotional first_contact non_english lang_pt",
  {"a": P("Gracinda Vilaça Rocha")},
  [dm(F, "a", [
      ("a", "-1d 10:15", "Olá Sam! Somos do mesmo grupo de empresários de Braga 😊 Lançámos hoje a página da nossa empresa de contabilidade, podes dar um gosto e partilhar? Ajuda imenso nesta fase! Obrigada 🙏"),
  ], focus=True)]),

S("fb-0722", False, "In Portuguese, a business owner asks the usual payment term between companies, Sam answers in one line and he thanks him; settled.",
  "trivial_question closed reciprocity first_contact non_english lang_pt",
  {"a": P("Anacleto Brandão Seixas")},
  [dm(F, "a", [
      ("a", "-2d 16:20", "Boa tarde Sam, pergunta rápida: qual é o prazo de pagamento habitual entre empresas em Portugal?"),
      (ME, "+30m", "Trinta dias é o mais comum; sessenta é o máximo legal sem acordo em contrário."),
      ("a", "+6m", "Muito obrigado, era mesmo isso!"),
  ], focus=True)]),

S("fb-0723", False, "A webinar company sends a Messenger broadcast inviting 'friends' to a free B2B sales masterclass; an automated mass invitation.",
  "automated promotional first_contact",
  {"a": P("Closers Academy Live")},
  [dm(F, "a", [
      ("a", "-1d 17:00", "Hey friend! 👋 You're invited to our FREE live masterclass 'Close Bigger B2B Deals in 30 Days', this Wednesday at 7pm. Tap here to save your seat: closersacademy.example/live. Only 500 seats!"),
  ], focus=True)]),
]
