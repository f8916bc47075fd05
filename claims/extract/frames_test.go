package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestFrameClaims: the phrasings the frame layer exists for meet under
// one key, whatever the extractor's other readings make of them.
func TestFrameClaims(t *testing.T) {
	for _, c := range []modalityCase{
		{"a sum stated, then in a noun phrase",
			"The upgrade cost £12 million. Critics said the £21 million upgrade had taken too long.",
			"upgrade", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a fine stated by its verb, then the sum of a penalty, a synonym of the fine",
			"Hollins Water has been fined £4.2m after a burst main. Campaigners said the £4.7m penalty amounted to less than a fortnight of profit.",
			"fine", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a sum in a noun phrase the plans are for, then in a synonym of 'plan' (a noun, not the light verb)",
			"Kelso Marine has set out plans for a £30 million extension of its dry dock. Its chairman said the £38 million project would create 80 jobs.",
			"scheme", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a definite sum in a noun phrase, no word shared, the one near sum before",
			"The council spent £14 million on flood walls along the river. Residents said the £18 million scheme had failed twice.",
			"scheme", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a sum with no words of its own ('of savings'), restated near it in a noun phrase",
			"The council has approved a budget that will see £4.2m of savings made next year. Critics said the £4.8m savings package would close libraries.",
			"package", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a thing's count, by a verb of having and by a possessive",
			"The exhibition will show 85 paintings. The exhibition's 58 paintings include new works.",
			"exhibition", "count-painting", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a statement affirmed and denied, by a name and its later mention",
			"The minister, Sara Holt, will open the conference. A spokesman said Ms Holt will not open the conference.",
			"sara-holt", "open-conference", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a role right before the name, then the role alone (the parse takes both for subjects)",
			"Labour leader Ann Reid will resign next month. A party spokesman said the leader would not resign.",
			"ann-reid", "resign", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a role the tagger takes into the name, known as a role by its lower-case use elsewhere",
			"Chairman Sir Tom Reid will retire in May, the company said. Later, a spokesman said the chairman would not retire.",
			"tom-reid", "retire", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a thing sold, then not sold: active and passive meet on what is done",
			"Wendover Council will sell the Corn Exchange. A spokesman later said the Corn Exchange would not be sold.",
			"corn-exchange", "sell", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"what a speaker said would happen is said, not hedged; none of the things is a denial",
			"The foundry said the old bells would be melted down. Its owner later confirmed that none of the old bells would be melted down.",
			"bell", "done-melt-down", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a plea and its denial in the adjective",
			"Mark Hale pleaded guilty to fraud at Leeds Crown Court. Hale, who had pleaded not guilty to all charges, was jailed.",
			"mark-hale", "pleaded-guilty", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"remaining open against closing",
			"The firing range on Carnford Moor would remain open, the army said. Under the plans, the firing range will close next year.",
			"range", "open", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a date given, then left open in other words: a verb and its noun",
			"The Marlowe hotel will reopen to paying guests on 1 June. The owners have not yet fixed a reopening date.",
			"hotel", "date-reopen", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a place given, then left open by 'had yet to decide where' (the parse hangs the infinitive as an adverbial)",
			"The radio station will move in September into new studios at the Corn Exchange. Its owners had yet to decide where the station would relocate.",
			"station", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a start date left open by 'had yet to be set', the participle tagged an adjective",
			"The clinic will open on 4 May, the trust said. A spokesman said an opening date for the clinic had yet to be set.",
			"clinic", "opening-date", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a thing to close, then none to close: a 'no' subject denies it of the things named, its time no object",
			"The trust confirmed that the day centres in the north of the county would close in the spring. A spokesman later said no day centres would close this year.",
			"centre", "open", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"a name the tagger takes for common nouns, capitalized inside its sentence",
			"The charity said it would claim Gift Aid on the donations. Gift Aid will not be claimed on any of the money, a spokesman added.",
			"gift-aid", "claim", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a date the parse hangs on a clause after it that hangs on the reopening",
			"The council confirmed that the lido will reopen to the public on Saturday 23 May, in time for the late spring bank holiday weekend, with brass band concerts planned on the restored terrace. A spokesman said no reopening date would be fixed until the roof was repaired.",
			"lido", "date-reopen", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a decision taken one way, then asked about in another verb of deciding",
			"The board rejected the merger plan. It is unclear whether the board will back the merger plan.",
			"board", "decide-on-scheme", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"an event denied of all ('no arrests were made') and said to have happened",
			"Police said no arrests were made during the match. Stewards said a man had been arrested after a fight near the ground.",
			"event", "arrest", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"a rise and a fall of one quantity in one time, by a verb and by a noun",
			"Visitor numbers grew in 2024, the council said. The manager said the shop had suffered from the 2024 drop in visitor numbers.",
			"number", "rise", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a year given, then a timetable left open",
			"Carnford Barracks will close in 2029, the ministry said. A timetable for closing the barracks had not yet been decided.",
			"carnford-barracks", "closing-date", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"the company is the organisation last named",
			"Pipewise was already profitable, its founder said. The company, which is not yet profitable, declined to comment.",
			"pipewise", "profitable", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a thing recovered, then no such thing ever recovered",
			"The court heard that police recovered the murder weapon from the river. No weapon has ever been recovered, the defence said.",
			"weapon", "done-recover", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"reopening against staying closed",
			"The school will reopen on Tuesday. The head said later that the school would stay closed for the rest of the week.",
			"school", "open", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a statement asserted, then asked about as unknown",
			"The flood defences at Ashby had been overtopped shortly after 2am, the agency said. Officials said it was not yet known whether the flood defences were overtopped.",
			"defence", "done-overtop", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a cause stated, then called unknown in other words",
			"A faulty brake sensor caused the crash at Hallbrook, investigators said. The cause of the brake failure had not yet been established, the airline said.",
			"crash", "cause", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"passed, then failed: an antonym of two words keys as both; 'it' is not the person who said it",
			"The satellite had passed its final vibration tests in December. The launch slipped, Dr Flett said, after it failed its final vibration test in December.",
			"test", "done-pass", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a venue given through the place a site is in, then a decision on where not taken",
			"Anil Sethi said the battery plant would be built at its existing site in Halbury. A final decision on where to build the battery plant has not yet been taken, the company said.",
			"plant", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum given again under a gerund the tagger reads as a verb, tied by swapped digits",
			"The brewery is committing to a £4.5 million brewhouse. The chairman said the £5.4 million signing showed ambition.",
			"sign", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a thing decided, then whether it will be signed off, the particle taken for a preposition",
			"The board approved the budget on Monday. It is not yet known whether the board will sign off the budget.",
			"board", "decide-on-budget", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count bounded by 'up to' the parse takes for a verb's particle, then the count in a noun phrase",
			"Tarn College is to cut up to 180 jobs, its principal said. The union said the 210 job losses would hurt students.",
			"loss", "count-people", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"what will be done to a thing said, then no decision on its future, the thing named by a synonym",
			"She said the association would demolish the Fenwick Court tower next year. Tenants were told that no decision had yet been made on the future of the block.",
			"tower", "future", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"what a person will do, then his future called unclear, a relative clause between name and verb",
			"Graham Pyke, who has led the school since 2016, will step down in July, the trust confirmed. The trust said Mr Pyke's future remained unclear.",
			"graham-pyke", "future", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a date of lifting off, then a launch date not confirmed: one event in other words, an older reading's key taken over",
			"The satellite is scheduled to lift off on 18 March. A launch date had not yet been confirmed, the agency said.",
			"satellite", "date", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a date said for reopening, then no date fixed for the reopening (a verb and its noun)",
			"The trust said the pier would reopen on 21 June. A spokesman said no date had yet been fixed for the reopening.",
			"pier", "date-reopen", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a thing sold named with its owner and modifiers, the parse taking the owner for the object",
			"Wendlesham District Council will sell the town's Grade II-listed Corn Exchange to a developer after a heated meeting on Monday night. Later, a councillor said the Corn Exchange would not be sold.",
			"corn-exchange", "done-sell", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a thing named with its one owner, then named again without it",
			"The MoD said the barracks' firing range on Carnford Moor would remain open after the main site closes. Under the plans, the firing range will close at the same time as the barracks.",
			"barrack-range", "open", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a thing done told with one verb and denied with another of its sense",
			"Ms Pryce had raised a formal grievance in 2022. Her manager said Ms Pryce had never lodged a formal grievance.",
			"pryce", "raise-grievance", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a measure a verb says of a thing twice, the first verb sharing its subject with another",
			"Investigators said the engine lost power and then stopped at about 1,200ft. The report said the engine had stopped at 2,100ft.",
			"engine", "stop-at", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a sum given as a thing's, then the amount of the thing to be determined",
			"Ms Pryce was awarded £38,450 in compensation. The amount of compensation will be determined at a later hearing.",
			"compensation", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum given as a thing's, then no decision on its level",
			"The chain will pay a final dividend of 9.2p a share. The board had not yet decided on the level of the final dividend.",
			"dividend", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum of a rate ('4.1p a share') the parse hangs on the rate's unit",
			"Brigley's will pay a final dividend of 4.1p a share, bringing the total for the year to 6.5p. The board said it had not yet decided on the level of the final dividend.",
			"dividend", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum a thing is given, then how much its holder will receive not yet known (a question the parse hangs under its verb)",
			"The Fenton Trust has been awarded a grant of £40,000 towards the roof. A spokesman said how much the trust will receive is not yet known.",
			"grant", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum a thing raised, then how much it brought in yet to be counted",
			"The toy appeal raised £9,200, its organisers said. Mr Lane said that how much the appeal brought in has yet to be counted.",
			"appeal", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum a thing stands at, then its size yet to be calculated",
			"The council said the funding gap stands at £3.1m. The exact size of the gap has yet to be calculated, its leader added.",
			"gap", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count of things given, then how many of them not clear (a denied 'clear')",
			"Harrow Foods said 120 jobs will go when the bakery closes. A spokesman said it is not clear how many jobs will be affected.",
			"job", "count-job", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count of things in a noun phrase, then their number not settled, a firm's name ending in the noun",
			"Vale Homes has submitted plans for a development of 260 homes. The council said the number of homes in the application has not been settled.",
			"home", "count-home", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a price a thing was sold for, then how much it sold for unclear (the question hung on 'unclear')",
			"The Corn Hall in Buckfield has been sold for £1.1m. It remains unclear how much the hall sold for, the agent added.",
			"corn-hall", "price", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum a thing will receive, then, after 'so', how much not yet known (the question read as a relative clause)",
			"The Marsden Trust will receive £45,000 from the estate. The paintings have still to be valued, so how much the trust will receive is not yet known.",
			"marsden-trust", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum raised, then how much raised yet to be counted (the infinitive the root, 'has' its auxiliary)",
			"The appeal has raised £18,600 in just three weeks. How much the appeal has raised has yet to be counted.",
			"appeal", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum a verb's passive subject was fined, then the size of the fine to be decided (the slot's key named by the sum's verb)",
			"Kestrel Waste has been fined £20,000 for polluting the river. The magistrates said the size of the fine would be decided at a later hearing.",
			"fine", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count a school has, then how many pupils it has not known (the counted noun the object of 'know')",
			"Ravensworth Primary School, which has 420 pupils, will get two new classrooms. The council said it does not know how many pupils the school has on its roll.",
			"pupil", "count-pupil", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count sold, then how many sold yet to be tallied (the counted noun the passive subject)",
			"The festival sold 12,500 tickets, its organisers said. But Mr Rayner admitted that how many tickets the festival sold is yet to be tallied.",
			"ticket", "count-ticket", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum a gap stands at, then how big the gap is not known",
			"Council officers said the gap stands at £4.2m. They admitted that they did not yet know how big the gap in the care budget was.",
			"gap", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum written as a thing's modifier, then the thing's cost still unknown",
			"The £1.4m bridge repair will replace worn bearings. The cost of the bridge repair is still unknown, the engineer said.",
			"repair", "cost", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count whose number word is hyphened ('Eighty-five'), split by the tokens, then how many not clear",
			"Eighty-five jobs will be lost at the biscuit factory. It is not clear how many jobs will go.",
			"job", "count-job", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count whose number the tagger takes for a noun, then how many not clear",
			"Forty jobs will be lost when the depot closes, the firm said. At this stage it is not clear how many jobs will be affected.",
			"job", "count-job", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a count of homes given again as properties, tied by swapped digits",
			"A flash flood swept through the village on Tuesday, leaving 38 homes under water. On Wednesday, officials visited all 83 properties that were flooded.",
			"property", "count-homes", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"the level a share rose to, then the thing's share in a noun phrase",
			"Its share of the grocery market rose to 8.4%, according to ShelfScan. Analysts said the chain's 8.1% market share left it vulnerable.",
			"share", "share", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"the number of a crowd, then a definite count of people near it",
			"Rovers won 2-1 on Saturday in front of a crowd of 14,300. Police said there were two arrests among the 11,400 spectators.",
			"spectator", "count-people", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a venue given, then a venue still sought (a search under way, passive)",
			"The bout will take place at the Kingsway Arena, the promoters said. A venue for the bout is still being sought, their spokesman said.",
			"fight", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a date given, then the date being finalised (a verb of deciding, passive, under way)",
			"The summit will be held on 14 June. The date of the summit is being finalised, officials said.",
			"summit", "date", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"an event the tagger reads as an adjective ('The final will …'), its venue given twice",
			"The final will move to Kingsholm, the league said. The final will be held at Sandy Park on 27 April.",
			"final", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a venue given, then a search for one under way ('looking for'), the event named by a synonym",
			"The bout will be staged at the Doncaster Dome, the promoters said. A spokesman later said they were still looking for a venue for the fight.",
			"fight", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a date given, then the date still being worked out",
			"The summit will be held on 9 November. The date of the summit is still being worked out, officials said.",
			"summit", "date", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a venue given, then in reported speech a venue still being considered",
			"The match will be played at Bramall Lane. Organisers said that a venue for the match was still being considered.",
			"match", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"an event denied of the future, then a question still weighed",
			"Police told the van driver that no charges would be brought. Prosecutors are still considering whether to bring charges against him.",
			"event", "charge", []claims.Modality{claims.ModalityNegated, claims.ModalityUnknown}},
		{"a thing's length as its modifier, then the length not disclosed",
			"The striker has signed a three-year deal with the club. The length of the deal has not been disclosed.",
			"deal", "length", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a gerund after 'despite' says its main clause's subject did it",
			"The inquiry found the driver had not checked the brakes. Investigators found that the driver, despite checking the brakes before the journey, had lost control on the bend.",
			"driver", "check-brake", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"a gerund after 'without' says its main clause's subject did not do it",
			"The tenant paid the rent in March. The landlord said the tenant left in April without paying the rent.",
			"tenant", "pay-rent", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"'fell short of' as 'missed', the opposite of 'met'",
			"The charity met its fundraising target in 2025, its chief executive said. Its accounts show that the charity fell short of its fundraising target in 2025.",
			"charity", "meet-target", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a cause given with 'was', then called unknown",
			"The cause of the blaze was a discarded cigarette, the fire service said. Investigators later said the cause of the blaze was still unknown.",
			"fire", "cause", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a cause given by a passive of 'start', then asked for by 'what sparked' in a clause of 'that' (the fire: the blaze)",
			"Investigators said the blaze had been started by a faulty tumble dryer, and urged residents never to leave dryers running. He said that what sparked the fire is still unknown.",
			"fire", "cause", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a cause asked for by a clause of 'what' that is the subject of its sentence",
			"The fault was caused by a batch of defective valves. What caused the fault is still unknown.",
			"fault", "cause", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a sum, then 'the' sum alone, naming nothing, in a quotation: the sum of the one the first clause says it of",
			"A bookkeeper who took £48,000 from a village charity over four years has been jailed.\n\nThe judge told her: \"You spent the £54,000 on holidays while the charity struggled.\"",
			"bookkeeper", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a measure, then another in a quotation about the same subject, not in a noun phrase of its own",
			"The tenor will weigh 1.4 tonnes.\n\nThe founder said: \"The tenor takes longest, because at 1.7 tonnes there is so much metal to cool.\"",
			"tenor", "size-tonne", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a level with a vague subject set beside a target after a comma, then restated in a quotation",
			"The average time taken to reach fires in the county was 11 minutes, above the service's target of 10 minutes.\n\nThe fire chief said: \"An average wait of 13 minutes for a fire crew is not good enough.\"",
			"time", "duration", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a thing a plan includes doing, then denied of its kind under the plan ('under' sets the circumstance, not the statement)",
			"Members approved the savings plan, which includes shutting the Brackenthwaite collection depot next spring.\n\nMr Allonby stressed that no collection depots would close under the savings plan.",
			"depot", "open", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"a thing closed by a doer, then none of its kind to close; the noun before 'next spring' tagged an adverb",
			"The council will close the Brackenthwaite library next spring.\n\nA spokesman stressed that no libraries would close under the savings plan.",
			"library", "open", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"a date given, then one that something still to happen waits on ('once', 'until')",
			"The museum will reopen on 2 June, the council said.\n\nThe council said season tickets would not be sold until a reopening date had been agreed.",
			"museum", "date-reopen", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a share by a verb of making up a whole ('accounted for 31% of'), then in a noun phrase headed by 'share'",
			"Online orders accounted for 31% of the retailer's sales in the year to March.\n\nIts chief executive said the 38% online share showed that the strategy was working.",
			"order", "share", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a part of a set a verb acts on ('close 12 of its 40 branches'), then a count of that verb's event ('the 17 branch closures')",
			"Harlow Bank is to close 12 of its 40 branches, it said on Monday.\n\nA union official said the 17 branch closures would cost 200 jobs.",
			"closure", "count-branch", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"remaining with a company, then leaving the business: 'remain with' is the opposite of 'leave', and the company and the business are one",
			"Ms Ferrier, who owns 70% of the shares, will remain with the company as publisher under the new owners.\n\nMs Ferrier will leave the business when the deal completes in March.",
			"ferrier", "remain-company", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a venue stated, then called undecided",
			"The summit will be held in Geneva. Officials have not decided where the summit will take place.",
			"summit", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a change stated, then denied by a noun in a clause of what will be (the noun has no tense of the clause's)",
			"Mackerel landings at the port rose in 2025. A skipper said the new hall would help the fleet recover after the 2025 drop in mackerel landings.",
			"landing", "rise", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a thing's date given by its verb, then left open by the verb denied (one referent, no other words shared)",
			"The burials have been dated by radiocarbon analysis to around AD 650. She said the burials had not yet been dated.",
			"burial", "date", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"who will do a thing left open, against the one said to do it",
			"The hall will be run by Penwith Fish Sales. The harbour board had not yet decided who would run the hall.",
			"hall", "done-run", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"which firm will do a thing left open (the firm resolved to the one named), against the one said to do it",
			"Harlow Builders will build the new bridge, the council said. The council has not yet decided which firm will build the bridge.",
			"bridge", "done-build", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"an act by its verb, then denied by a support verb and the act's noun ('carry out repairs to')",
			"The council said it would repair the bridge this summer. The council later said it would not carry out repairs to the bridge.",
			"council", "repair-bridge", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"an act by its verb, then denied by 'no' on the act's noun in a passive",
			"The council will inspect the site. No inspection of the site will be made, a spokesman later said.",
			"site", "done-inspect", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a payment made, its sum no thing paid, then denied by the verb",
			"The firm made a payment of £5m to the club in May. The firm did not pay the club, its chairman later said.",
			"company", "pay-club", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a figure that describes a noun in a clause of intent, then in a definite noun phrase",
			"The developer wants to build on a 45-hectare site between the village and the bypass. Its director said the 54-hectare site had been identified in the local plan.",
			"site", "size-hectare", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"approval said given, then said still to be received for the thing (the one who receives it decides nothing)",
			"Regulators have approved the takeover of Thames Buses. The firm has yet to receive approval for the takeover, its chief executive said.",
			"deal", "done-decide-on", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a passive that keeps its object: approval granted to someone for a thing, then a decision on it awaited",
			"The school was granted approval for the new sports hall in June. The school is still awaiting a decision on the sports hall.",
			"hall", "done-decide-on", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"permission granted for a thing (the past tense tagged a participle), then a decision on it awaited",
			"North Wolds District Council granted planning permission for the brewhouse in August. The company said it was still awaiting a planning decision on the brewhouse.",
			"brewhouse", "done-decide-on", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"plans for a thing approved, then no ruling made on it",
			"The council approved plans for the new stadium in May. A spokesman said no ruling had been made on the stadium.",
			"stadium", "done-decide-on", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"done, then denied by the doer with a gerund ('denied breaching')",
			"The company admitted breaching its permit. The company, which denied breaching its permit throughout the proceedings, has paid a fine.",
			"company", "breach-permit", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"done, then denied by the doer in a clause of 'that' with a pronoun",
			"The firm breached its permit in May. The firm denied that it breached its permit.",
			"permit", "done-breach", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"accepted, then 'turned down' (a phrasal verb of rejecting)",
			"The mayor has accepted the invitation to lead the parade. Organisers said the mayor had turned down their invitation.",
			"mayor", "accept-invitation", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"'voted to accept', in the past, accepts; then rejected",
			"The union has voted to accept the pay offer. The union rejected the pay offer, its leader said.",
			"union", "accept-offer", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"no arrests made, then a man arrested named by a participle after his noun",
			"Police said no arrests had been made. Detectives were questioning the 27-year-old man arrested near the scene.",
			"event", "arrest", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"open every day, then not open on one day of the week",
			"The new library will be open seven days a week. Like the old library, the library will not open on Sundays.",
			"library", "open", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a sum another reading gives, then its size still to be calculated",
			"The deficit stands at £4.2m. The exact size of the deficit has yet to be calculated.",
			"deficit", "amount", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"no one arrested over a thing, then a man arrested over it named by a participle",
			"Police said no one had been arrested over the attack. Detectives were questioning a man arrested over the attack.",
			"event", "arrest", []claims.Modality{claims.ModalityNegated, claims.ModalityAsserted}},
		{"a cause given, then 'remains a mystery' (the noun read as the object of 'remain')",
			"The fault was caused by a batch of defective valves. What caused the fault remains a mystery.",
			"fault", "cause", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
		{"a decision on a thing expected, then the thing rejected",
			"A decision on the wind farm is expected next month. Councillors have rejected the wind farm, the developer said.",
			"farm", "done-decide-on", []claims.Modality{claims.ModalityUnknown, claims.ModalityAsserted}},
	} {
		t.Run(c.name, func(t *testing.T) { wantModalities(t, c.text, c.subject, c.property, c.modalities) })
	}
}

// TestFrameStatementsApart: statements of different times, places, doers
// or sets, clauses that only set the scene, questions of how, and the
// clause of an indirect question ("what would happen …", "who will …"),
// which asks and asserts nothing, are not one statement affirmed and
// denied or left open.
func TestFrameStatementsApart(t *testing.T) {
	for _, text := range []string{
		"Jones won three gold medals in Sydney in 2000. Jones, who did not win any medals in Athens in 2004, retired.",
		"The fire broke out in August, when the restaurant was closed. The restaurant opened in 2015.",
		"Herron is running his own No campaign. The campaign is being run by the Conservatives.",
		"The council approved the plan. The government rejected the plan.",
		"Coaches pick a player who is not available. Players who are available are picked first.",
		"My body reacted well in training. I don't know how my body will react on Saturday.",
		"Claxton's time was good enough to qualify. Jo Pavey ran in the same race. Her time was not good enough to qualify.",
		"The board has not decided what would happen to the old depot.",
		"The club has not said who will lead the team next season.",
		"The party said it had suspended Mr Houston on Friday. He will remain suspended while the matter is investigated.",
		"The council said the smaller libraries would close next year. The libraries in Leeds and Bradford would not close, the council added.",
		"The union said the members had voted to strike. The members would not strike before Easter, a spokesman said.",
		"The board did not approve the merger plan in March. It is unclear whether the board will back the merger plan.",
		"Two men were arrested after the match. No further arrests have been made, police said.",
		"No arrests were made in Leeds. Two men were arrested in York.",
		"Visitor numbers rose in 2023. The castle's shop suffered from the 2024 drop in visitor numbers.",
		"Visitor numbers rose sharply. The shop suffered from the drop in visitor numbers.",
		"Hale Foods accepted a takeover from Brakes. Earlier, Hale Foods had rejected a merger with Oakham.",
		"Ms Hart was awarded £38,450 in compensation in 2024. The amount of compensation in the new case will be determined later.",
		"The appeal raised £9,200 last year. How much this year's appeal brought in has yet to be counted.",
		"Ms Hart could raise £5,000 from the sale. How much the sale brought in is not yet known.",
		"She raised £800 for the hospice. How much the hospice will receive is not yet known.",
		"Harrow Foods said 120 jobs will go in Leeds and 40 jobs in York. It is not clear how many jobs will be affected in Hull.",
		"Harrow Foods said 40 new jobs would be created. It is not clear how many jobs will be lost.",
		"The firm said it is clear how many jobs will go: 120 jobs.",
		"The gap for 2025-26 stands at £4.2m. The report says the size of the gap for 2026-27 is not yet known.",
		"Ravensworth Primary School has 420 pupils. The council does not know how many pupils the new academy will have.",
		"Ravensworth School has 420 pupils. The council does not know how many pupils Brook Lane Primary has.",
		"The club sold 12,500 tickets last year. How many tickets the club sold this year is yet to be tallied.",
		"Eighty-five jobs are to go at the Halden plant. Corvex also runs a site at Merrow. A spokesman said a review of that site was under way, and it was not clear how many jobs there would be affected, if any.",
		"The festival sold 12,500 tickets last year. The festival will sell more tickets this year.",
		"The size of next year's grant will be decided later, when the council sets its budget in February.",
		"The £1.4m bridge repair was finished last year. The cost of the road repair is still unknown.",
		"The festival had given the charity £42,000 last year. The festival returns on 3 May 2025.",
		"The council faces a gap of £4.2m for the coming financial year. The size of the gap in 2027 is not yet known.",
		"The festival was held on 3 May at Ashby Park. Dates for next year's festival will be announced in the autumn.",
		"The appeal raised £18,600 in just three weeks. How much the autumn appeal raised has yet to be counted.",
		"The Palace Theatre closed in January 2023 so that work could begin. The trust might revisit the idea once the Palace Theatre was open.",
		"Refunds go from passengers whose flights are not cancelled to passengers whose flights are cancelled.",
		"After closing the shop in 2019, the owner opened a cafe. The owner did not close the shop in 2023.",
		"The 86-bedroom hotel closed in 2022 after failing fire safety inspections. The hotel is to reopen, its owners said.",
		"The museum shut in 2021. The museum will open again, the trust said.",
		"The council granted planning permission for the brewhouse in August. The company is awaiting a decision on the brewery's extension.",
		"The council approved the plans for the school in March. The Department for Education has yet to make a decision on the school.",
		"Mr Hale ran the club for ten years until 2019. The board has not decided who will run the club next season.",
		"Indonesia, which originally accepted the debt offer, owes the club $48bn. Thailand and India have declined the offer.",
		"Mr Hale will run the club until the end of the season. The board has not decided who will run the club next season.",
		"The bridge will be built by a private contractor. The council has not yet decided which firm will build the bridge.",
		"The old hall will be run by the parish council. The town council has not decided who will run the new hall.",
		"Ministers approved the first phase of the rail line in 2017. A decision on the rail line's second phase is expected next year.",
		"Outline planning permission for the homes was granted last year. Full planning permission for the homes has yet to be granted.",
		"No payment has been made to the club yet. The firm will pay the club in December, a spokesman said.",
		"The club gave support to the community campaign. It did not support the rival campaign for a car park.",
		"The city has not decided who will pay for the stadium. The stadium will be paid for partly by the team's owners, who have pledged $200m, officials said.",
		"Three branches will close in May. No closing date has been set for the remaining branches.",
		"Two branches will close on 1 May. A closing date for the remaining branches has yet to be set.",
		"The council refused to grant approval for the mast. The operator appealed, and an inspector approved the mast in June.",
		"The watchdog says the programme breaches editorial guidelines. But Sky denied the programme breached broadcasting guidelines.",
		"The union will vote to accept the pay offer next week. The union rejected the pay offer in March.",
		"The union voted to accept the pay offer in 2023. In 2025 it rejected the pay offer.",
		"The council turned down the planning application. It accepted the revised planning application in May.",
		"No arrests have been made over the fire. Detectives said a man arrested over a burglary in 2019 had been released.",
		"The trial began on 14 February and was adjourned. No date has been set for the trial to resume.",
		"The cause of the fire remains a mystery. The flood was caused by a blocked drain.",
		"The old depot on Mill Lane, which opened in 1955, closed the same year.",
		"The cafe opened in March. It closed in October after a fire.",
		"No arrests have been made in connection with the robbery. Separately, a woman arrested over a burglary in Denby was charged on Monday.",
		"No arrests have been made yet. Last year a man arrested near the same shop was jailed.",
		"Police said there were no arrests after the stabbing. The man arrested after last week's fight has been bailed.",
		"No arrests were made at the match. Fans arrested at previous matches have been banned.",
		"The race was started by the mayor at 9am. What caused the delay to the race is not known.",
		"Firefighters are still investigating what caused the fire in Hill Street. A separate fire in Canal Road last week was started by a discarded cigarette.",
		"Investigators do not know what caused the fire at the school. A fire at the same school in 2019 was started by arsonists.",
		"Crews said the fire had been started by the time they arrived. What caused the fire is not yet known.",
		"The library will open on 4 April. The library will not open on Sundays.",
		"The library will be open on Saturdays. The library will not open on Sundays.",
		"The pool will open on weekdays. The pool will not open at weekends.",
	} {
		wantNoContradiction(t, text)
	}
}

// TestFrameClaimsAlone: a key no other clause shares adds no claim, and a
// change over time is no contradiction.
func TestFrameClaimsAlone(t *testing.T) {
	set, err := Extract(claims.Document{Text: "Prices rose in March. Prices fell in April. The museum will show 85 paintings."}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range set.Claims {
		if c.Property == "rise" || c.Property == "count-painting" {
			t.Errorf("unexpected claim %+v", c)
		}
	}
}

// TestFrameSumsApart: a definite sum in a noun phrase that no word ties to
// an earlier sum restates it only when that sum is the one near it (18
// days are not near 18 weeks) and its noun names a sum (a stand is no
// fee).
func TestFrameSumsApart(t *testing.T) {
	for _, text := range []string{
		"The council spent £14 million on flood walls and £16 million on pumps. Residents said the £18 million scheme had failed twice.",
		"The council spent £4 million on flood walls. Residents said the £18 million scheme had failed twice.",
		"The council spent £14 million on flood walls. Residents said an £18 million scheme would have failed.",
		"The repairs took 18 days in all. Drivers said the 18-week barrier closure had ruined trade.",
		"The club paid £14 million for the striker in January. Fans said the £18 million barrier was already too small.",
		"A bookkeeper who took £4,000 from a village charity has been jailed. The judge said she had spent the £18 million on nothing.",
		"The bookkeeper took £14 million over three years. The judge said the last four years had been hard.",
		"The club paid £14 million for the striker. The fee beats the £18 million Harbury paid for a winger in 2022.",
		"The club paid £14 million for the striker. The fee beats the £18 million spent on a winger in 2022.",
	} {
		set, err := Extract(claims.Document{Text: text}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range set.Claims {
			if (c.Subject == "scheme" || c.Subject == "barrier" || c.Subject == "bookkeeper" || c.Subject == "club") && c.Value.Kind == claims.KindMoney && c.Value.Amount != 18e6 ||
				c.Subject == "closure" && c.Value.Kind == claims.KindDuration && c.Value.Unit != "week" {
				t.Errorf("%q: an earlier sum is keyed as the barrier's: %s/%s = %s", text, c.Subject, c.Property, c.Value.Text)
			}
		}
	}
}

// TestFrameCountsApart: a count of another's, named by a pronoun the
// article does not resolve ("their 12 principal dancers"), is no second
// value of a count named before.
func TestFrameCountsApart(t *testing.T) {
	wantNoContradiction(t, "Only two out of 16 principal dancers at the Royal Ballet are British. "+
		"But a spokesman for the English National Ballet said that only two out of their 12 principal dancers were British.")
	// Counts of people in two roles, even in digits swapped, near, or
	// with a verb said of both.
	wantNoContradiction(t, "A care home in Cheltenham is to close, leaving 64 residents to find new homes. The home's 46 staff have been told they will be made redundant.")
	wantNoContradiction(t, "The 24 patients currently on the ward will be moved to other hospitals. The trust said the 28 remaining staff would be moved temporarily to other wards.")
	// A whole split into parts of several kinds, then a part of one kind.
	wantNoContradiction(t, "The council said 83 properties were flooded, of which 38 were homes and the rest shops. Of the 38 homes that flooded, 11 had also been flooded in 2020. All 83 properties that were flooded will get a grant.")
	// Two sets of one noun's things.
	wantNoContradiction(t, "Plans for 120 new homes on the edge of the village have been approved. Residents of the 210 existing properties on the estate had objected.")
}

// TestVenueOfAnotherEdition: next year's festival is another festival:
// its venue does not meet this one's.
func TestVenueOfAnotherEdition(t *testing.T) {
	wantNoContradiction(t, "The festival, held in Ynysangharad Park, drew 45,000 people on Saturday. Next year's festival will be held in Wrexham.")
}

// TestFrameQuotedApart: a figure in a quotation restates one the story
// gave only when it is said of the same thing and is not the end of a
// range.
func TestFrameQuotedApart(t *testing.T) {
	for _, text := range []string{
		"Some gamers spend 10 to 15 hours a day playing.\n\nOne reader wrote: \"My husband spent 11 hours today playing.\"",
		"Some gamers spend up to 15 hours a day playing.\n\nOne reader wrote: \"My husband spent 13 hours today playing.\"",
		"The tenor weighs 1.4 tonnes.\n\nThe founder said: \"The lorry broke down, because at 1.7 tonnes there was too much weight on it.\"",
	} {
		set, err := Extract(claims.Document{Text: text, Published: published}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range set.Claims {
			if c.Value.Kind == claims.KindDuration || c.Value.Kind == claims.KindQuantity {
				t.Errorf("%q: a figure keyed as another's restatement: %s/%s = %s", text, c.Subject, c.Property, c.Value.Text)
			}
		}
	}
}

// TestFrameSettledOnce: a clause of "once" or "until" in the past, or
// with nothing still to happen, leaves nothing open.
func TestFrameSettledOnce(t *testing.T) {
	for _, text := range []string{
		"The museum will reopen on 2 June, the council said.\n\nThe council said season tickets went on sale once a reopening date had been agreed.",
		"The museum will reopen on 2 June, the council said.\n\nSeason tickets sold out within an hour once a reopening date had been agreed.",
	} {
		set, err := Extract(claims.Document{Text: text, Published: published}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range set.Claims {
			if c.Modality == claims.ModalityUnknown {
				t.Errorf("%q: %s/%s called unknown", text, c.Subject, c.Property)
			}
		}
	}
}

// TestFrameSharesApart: a share of one thing is not restated by the
// share of another ("electric" is not "diesel"), nor by a percentage that
// is no share.
func TestFrameSharesApart(t *testing.T) {
	for _, text := range []string{
		"Electric models made up 22% of sales in the year to March.\n\nAnalysts said the 27% diesel share would fall further.",
		"Electric models made up 22% of sales in the year to March.\n\nAnalysts said the 27% rise in electric sales was welcome.",
	} {
		set, err := Extract(claims.Document{Text: text, Published: published}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range set.Claims {
			if c.Value.Kind == claims.KindPercent && c.Property == "share" {
				t.Errorf("%q: %s/%s = %s keyed as one share", text, c.Subject, c.Property, c.Value.Text)
			}
		}
	}
}

// TestFramePartsApart: a part of a set ("nine of their 14 matches") is
// restated neither by another doer's set nor by a phrase that does not
// name its verb's event.
func TestFramePartsApart(t *testing.T) {
	for _, text := range []string{
		"England have lost nine of their 14 matches since the final.\n\nThe same year, Wales lost all seven matches in the tournament.",
		"Harlow Bank is to close 14 of its 52 branches, it said on Monday.\n\nIt said the 19 branches in Wales would stay open.",
	} {
		wantNoContradiction(t, text)
	}
}

// TestFrameThingsApart: consistent copy in which the session's readings
// were tempted to fire (a reviewer's cases): things of one noun told
// apart by their names, a bare sum that is a part of the one before, a
// quoted figure of another thing, a count of another factory, and a
// question said to wait on something at a time now past.
func TestFrameThingsApart(t *testing.T) {
	for _, text := range []string{
		"The council will close the Oak Street library in April to save £200,000 a year.\n\nThe Elm Road library, which is busier, will not close, the council said.",
		"The Jubilee line will run as normal during the strike, Transport for London said.\n\nThe Central line will not run during the strike.",
		"The health board will shut the minor injuries unit at Ruthin hospital at night from next month.\n\nThe unit at Mold will not shut, the board said.",
		"The operator will stop the 6.10am service from Appleby in December.\n\nThe 7.30am service will not stop, and will run every day as before.",
		"A former treasurer who stole £48,000 from a bowls club has been ordered to repay the money.\n\nMalcolm Pryce, 61, has already handed back £6,000. The judge gave him three months to pay the £42,000.",
		"The average house price in Harrogate is now £390,000, according to the Land Registry.\n\nAn estate agent in the town said: \"The average house price in Leeds is £310,000, so buyers are looking further afield.\"",
		"The starting salary for a teacher in England will be £32,900 from September, the government said.\n\nA union leader said: \"The starting salary for a police constable is £29,000.\"",
		"The company's new factory in Sunderland will employ 600 people when it opens in 2026.\n\nThe firm's Polish factory employs 450 people.",
		"The theatre will reopen on 2 June, its trustees said on Tuesday.\n\nIn January the trustees had said that tickets would go on sale once a reopening date had been confirmed.",
		"The Spurn lighthouse will open to the public on 29 March for the new season.\n\nLast autumn the trust said it would only take bookings once an opening date had been confirmed.",
	} {
		wantNoContradiction(t, text)
	}
}

// TestFrameMeasuresApart: measures of one thing by one verb at times of
// their own, or changes, are not two values of one fact.
func TestFrameMeasuresApart(t *testing.T) {
	for _, text := range []string{
		"On Monday the engine stopped at 1,200ft. On Tuesday the engine stopped at 2,100ft.",
		"The river rose to 4.2 metres. The river rose to 5.1 metres.",
		"The engine did not stop at 1,200ft. The engine stopped at 2,100ft.",
	} {
		set, err := Extract(claims.Document{Text: text, Published: published}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, c := range set.Claims {
			if c.Value.Kind == claims.KindQuantity {
				n[c.Subject+"/"+c.Property]++
			}
		}
		for k, v := range n {
			if v > 1 {
				t.Errorf("%q: %d measures keyed %s", text, v, k)
			}
		}
	}
}

// wantNoContradiction fails when Extract gives one key (a subject and a
// property, statements aside) two values, or affirms it and denies it or
// leaves it open: a contradiction the checks would report in copy that
// has none.
func wantNoContradiction(t *testing.T, text string) {
	t.Helper()
	set, err := Extract(claims.Document{Text: text, Published: published}, nil)
	if err != nil {
		t.Fatal(err)
	}
	type key struct{ subject, property string }
	seen := map[key]claims.Claim{}
	for _, c := range set.Claims {
		if c.Property == "statement" {
			continue
		}
		k := key{c.Subject, c.Property}
		o, ok := seen[k]
		switch {
		case !ok:
			seen[k] = c
			continue
		case (o.Modality == claims.ModalityAsserted) != (c.Modality == claims.ModalityAsserted):
			t.Errorf("%q: %s/%s is %v in %q and %v in %q", text, k.subject, k.property, o.Modality, o.Text, c.Modality, c.Text)
		case c.Value.Kind != claims.KindBool && o.Value.Text != "" && c.Value.Text != "" && o.Value.Text != c.Value.Text:
			t.Errorf("%q: %s/%s is given as %q and %q", text, k.subject, k.property, o.Value.Text, c.Value.Text)
		}
	}
}

// A modalityCase is a text and the modalities, in order, of the claims
// Extract makes of it under one subject and property.
type modalityCase struct {
	name, text        string
	subject, property string
	modalities        []claims.Modality
}

// wantModalities checks that the claims Extract makes of text under
// subject and property have the modalities want, in order.
func wantModalities(t *testing.T, text, subject, property string, want []claims.Modality) {
	t.Helper()
	set, err := Extract(claims.Document{Text: text}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []claims.Modality
	for _, cl := range set.Claims {
		if cl.Subject == subject && cl.Property == property {
			got = append(got, cl.Modality)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("claims of %s/%s: %v, want %v; all: %+v", subject, property, got, want, set.Claims)
	}
}

// TestFigureFirstGiven: a figure given twice before a definite phrase
// that restates it with another value is met where the story first gives
// it ("a crowd of 14,300"), not where a speaker repeats it.
func TestFigureFirstGiven(t *testing.T) {
	set, err := Extract(claims.Document{Text: "Rovers won 2-1 in front of a crowd of 14,300. \"When you have 14,300 people making that noise, the players find something extra,\" he said. Police said there were two arrests among the 11,400 spectators.", Published: published}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range set.Claims {
		if c.Property == "count-people" {
			got = append(got, c.Text)
		}
	}
	if len(got) != 2 || !strings.Contains(got[0], "crowd of 14,300") || !strings.Contains(got[1], "11,400 spectators") {
		t.Errorf("count-people claims %q, want the crowd's and the spectators'", got)
	}
}

// TestVenueNotATime: a time after "in" is no venue ("will take place in
// August"), so it does not meet the place the event is held at.
func TestVenueNotATime(t *testing.T) {
	wantNoContradiction(t, "The festival will take place in August. The festival will take place at Victoria Park.")
	wantNoContradiction(t, "A tribute concert will be held in June, organisers said. The concert will be held at the Corn Exchange.")
}
