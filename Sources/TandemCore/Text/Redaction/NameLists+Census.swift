// swift-format-ignore-file
// Written by scripts/make-name-lists.py from Faker's person-name lists (MIT licence); do not edit by hand.

extension NameLists {
    /// Given names (10234) that are not everyday English words: a capitalised one is a name.
    static let listedGivenNames = Set("""
aaaqil aaban aabid aachal aadam aadhya aadi aadil aafiya aahana aahil aalam aalee aalim aamil aamir aamirah aanuoluwapo
aaqil aarav aarif aarini aariz aarna aarnav aaron aarush aaryan aarón aashi aashif aashir aasif aasim aatif aatiq aaus
aayan aayush aazim aba abaan abayomi abbi abbie abby abdalla abdallah abdi abdihakim abdis abdiş abdul abdulahat
abdulbekir abdulcemal abdulgazi abdulhadi abdulkadir abdulkerim abdulmenaf abdulsamed abdulsemet abdurrahman abdurresit
abdülahat abdülcemal abdülhadi abdülkerim abdülsamed abdürreşit abe abebi abednego abeer abeiku abel abena abeni abha
abhimanyu abhiram abid abigael abigail abigaíl abilio abina abiodun abiona abiye abosede abraham abram abril abubakar
abuzar acar acarkan achieng achille achim aclan acıkel acılay ada adaeze adah adak adal adalberto adaline adam adamo
adan adasal addie adebiyi adebowale adebukola adedayo adedeji adekitan adekola adekunle adela adelaida adelaide
adelardo adelasia adele adeleke adelia adelin adelina adeline adell adella adelle adelmo adem aden adena adenike
adeniyi adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun adeyi adi adigun adil
adila adina aditya adlan adolfo adolph adonis adora adoracion adoración adria adrian adriana adriane adrianna adrianne
adriano adrien adriene adrienne adrián adunni advaith advay advik advika adviye adweta adwoa adya adán adıgun adıgün
aedan aedin aengus afer afia afife afolarin afonso aftin afton afua agakisi agapito agastya agata agatha agbegim aggrey
aglaia agmur agnes agnieszka agnolo agnos agnus agostino agripina agueda agustin agustina agustín ahat ahmad ahmed
ahsen ahter aida aidan aideen aiden aiko ailbhe aileen ailene ailis ailish aimee ainara aine ainoa aisha aishani
aishling aisling aislinn aitana aitor aja ajala ajani ajoke akalan akanmu akar akatay akay akbas akbaş akboga akboğa
akcabay akcasu akcivan akdora akdurmus akdurmuş akgol akgunes akgöl akgüneş akif akiko akilah akinkunmi akinlabi
akinwale akinyi akise akkerman akmaner akmaral akos akosua akoth akoz aksay akshay aksogut aksoy aksöğüt aktemur
aktemür akua akumaa akver akwasi akwesi akyıldız akçabay akçasu aköz akınal alaaddin alabezek alade alaeddin alaina
alaine alamu alan alana alanalp alane alanis alanna alannah alastair alattin alayna alaz alba albano alberico alberta
albertha albertina albertine alberto albina alcan alcides alda alden alderano aldo alease alec alecia aleen aleida
aleisha alejandra alejandrina alejandro alejo aleks aleksander alemsah alena alene aleodor alesha aleshia alesia
alessandra alessandro alessia alessio aleta aletha alethea alethia alex alexa alexander alexandra alexandre alexandria
alexandrina alexandru alexe alexia alexis alfio alfonso alfonzo alfred alfreda alfredia alfredo algıs algış ali alia
aliabbas alica alice alicia alida aliihsan alin alina aline alis alisa alise aliseydi alisha alishia alisia alison
alissa alistair alistar alister alita alix aliza alize alka alkor alla allan alleen allegra allen allena allene allie
alline allison allyn allyson alma almast almeda almeta almudena almus alona alondra alonso alonzo alparslan alpcan
alphonce alphons alphonse alphonso alphonsus alpin alpsu alpsü alsoy alta altagracia altha althea altogan alton altoğan
altug altuğ altınbike altıncicek altınkaya altınçiçek altınısın altınışın alva alvaro alvera alverta alvin alvina alyce
alycia alysa alyse alysha alysia alyson alyssa alícia alısık alışık ama amac amada amadeo amado amador amaira amal
amalia amancio amanda amando amani amara amarachi amarilis amaro amaya amaç ambar amberly ambrose ambrosio amedeo
amedeu amee amelia americo ami amico amie amiee amilcar amin amina amira amleto ammie amoke amol amon amope amor amos
amparo amre amrita amruta amy amza amélia américa américo amílcar ana anabel anabela anacleto anaida analisa anamaria
anamika anargul anargül anastacia anastasia anastasio anastatia anastazja anatolie anay anca ancuta ancuța anda andera
anderson andic andiç andra andrada andre andrea andreas andree andreea andrei andreia andrena andres andria andrian
andrzej andré andrés andy anemona aneta anette angela angele angelena angeles angelia angelica angelika angelina
angeline angelino angelique angelita angella angelo angelyn anghel anghelina angie angila angla anglea angus angélica
anh anibal anica aniela anika anirudh anisa anisha anisoara anissa anita anitra anișoara anja anjali anjanette anjelica
anjolaoluwa anka anmol ann anna annabel annabell annabelle annah annak annalee annalisa annalise annamae annamaria
annamarie annastacia anneliese annelle annemarie annet annett annetta annette annibale annice annie annika annis annita
annmarie annunziata ansaldo anselma anselmo ansh anthony antim antione antionette antoaneta antoin antoine antoinette
anton antone antonela antonella antonello antonetta antonette antoni antonia antonie antonietta antonina antonino
antonio antoniu antony antwan antónio anunciacion anunciación anusha anuta anuța anvi anya anyango aníbal aodhan
aoibheann aoibhin aoibhinn aoife aongus apaydın apolinar apolonia apryl ara araceli aracelis aracely aradhana aral aran
aranzazu arcan arcelia archie ardath ardelia ardell ardella ardelle arden ardis ardith aretha argelia argentina argu
arham ariadna arian ariana ariane arianna arianne arica arie ariel arielle arifcan arike arin arina arinola aristide
aristides aristita aristița arjun arkadiusz arkut arla arlean arleen arlen arlena arlene arletha arletta arlette arlie
arlinda arline arlyne armahan armand armanda armandina armando armida arminda arnaldo arnetta arnette arnita arnold
arnoldo arnulfo aroa aron arpag arpağ arran arron arsenie arsenio artan artemio artemisa arthur artie artur arturo aru
arunima arvilla arya aryan arziye aránzazu arıel arıkol arıpınar arısoy asa asake asalet ascensión asdrubal asha ashan
ashanti ashely ashlea ashlee ashleigh ashlene ashley ashli ashlie ashling ashly ashlyn ashton asiman asir aslanhan
asley asliye assumpta assunta astrid asu asuncion asunción asım atagun atagün atalay atanur atasagun atatore atatöre
atena atenulf atfat atgun atharv atheel athena athman athuman ati atieno atilhan atilio atinuke atiyye atnan attaf
attracta atılgan aubrey audie audra audrea audrey audria audrie audry augusta augustin augustina augustine augusto
augustus aundrea auraq aurea aurel aurelia aurelian aureliana aureliano aurelio aurica aurică aurora aurore austin
austine ava avelina averil avery avi avis avni avram avril avsin avunc avunç avşin awadil awamil awamiri awan awani
awero awesi awilda awj awlya awmar awrad axenia axinte ayaan ayako ayamin ayana ayanna ayasun ayaydın aybet aybora
aycagul aycagül aycan aydar aydinc aydinç ayduru aydınbey ayesha aygonenc aygutalp aygönenç ayhan ayinde ayinke aykut
aykutalp aylil aynilhayat aynımah ayodeji ayodele ayoka aypar aysan aysar ayseana aysema aysenur aysevim aysoy aysuna
aytek ayten aytoz aytuna aytöz ayub ayulker ayush ayushman ayvas ayyaruk ayyubi ayçan ayülker ayşan ayşeana ayşenur
azaan azad azade azahar azahara azalee azban azeeb azeglio azeneth azettin azize azucena azzie açıkel açılay ağakişi
ağbegim ağmur aşhan aşir baaba baahir baaizeed baaqee baaqir baaree baashir baasim baasit baba babar babara babasola
babatunji babawale baber babette baccio bachittar badawi badegul badegül badr bagdas bagdat baghyawati baha bahaa
bahaddin bahadurjit bahati bahittin bahiy bahtinur bailey bailie bairbel bairbre bakari bakhshi baki balatekin balca
baldassare baldomero balduino baleegh balendra balhaar bali baljiwan ballı baltas baltasar baltaş balvan balveer bambad
bambi banel banjeet banu banü bao baqar baqir barabara barak baraka barasa barbar barbara barbera barbie barbra barbu
bari baris bariş barkha barr barraq barrett barrie barry barsen bart bartek bartholomew bartley bartolome bartolomeo
bartolomeu bartolomé barton barıscan barışcan basaam basarab basay baseer basel basem bashaar bashaarat bashan bashar
basharat basheer basheerah basilia basilio basim basir basok basriye bassam basım batal batool baturay batırhan
baudelio bautista baydu baykan bayman bayruhan baytal bayzettin bazam bağdat bağdaş başay başhan başok bea beata
beatrice beatris beatriz beaulah bebe becki beckie becky bedi bediriye bedri begim begona begoña behiza behrem bekbay
bektasi bektaşi belen belgizar belia belinda belkis belkize bella bellisan belva belén ben benard benedetto benedict
benedita benek bengibay beniamin benice benigna benigno benita benito benjamim benjamin benjamín benn bennett bennie
benny benol benone benson benta benton benvenuto beppe beray beren berenice berezat bergen beriye berkal berki berksay
berna bernabe bernabé bernadette bernadine bernard bernarda bernardina bernardine bernardino bernardita bernardo
berneice bernetta bernice bernie berniece bernita berran berrin bert berta bertha bertie berto bertram besey besin bess
bessie beste beth bethan bethanie bethann bethany bethel betina betsey betsy bett bette bettie bettina betty bettyann
bettye beula beulah bev beverlee beverley beverly beyda beyhatun beyler beyzade bezek bhanumati bhavani bhavika bhavini
bhavna bhavya biagio bianca bianka bibi bibiana bican bidayet bienvenida bilaal bilal bilay bilender bilgen bilginur
bilgutay bilgütay bilha bilkay billi billie billye biltas biltaş bimala bina binay binbasar binbaşar binısık binışık
birben birgit birgul birgül birousk birsan birsen bisar bishakha bitul bitül bizhan bişar blaine blair blake blanaid
blanca blanche blanduzia blanka blas blathnaid blondell blythe boaz bobbi bobbie bobbye bobette bogatimur bogdan
bogdana bok bolatito boluwatife bonface boniface bonifacio bonita booker borahan boratas borataş boris borja bortecin
borys bosibori boyce boyd boynak bozbag bozbağ bozerk boztas boztaş boğatimur bradley bradly bradut brady bramwel
branda brande brandee branden brandi brandie brandon brandusa brant bravin breana breandan breann breanna breanne breda
bree breeda breege breffni brenda brendah brendan brendon brenna brent brenton bret brett brian briana brianna brianne
brice brid bridget bridgett bridgette bridgit bridie brien briget brigette brighid brigid brigida brigitte brijesh
brinda britany britney britni britt britta brittaney brittani brittanie brittany britteny brittney brittni brittny
brock broderick brona bronach bronagh bronwen bronwyn brooke brooklyn bruce bruna brunilda bruno bryan bryanna bryant
bryce brynn bryon bryony brândușa brígida brăduț bucur buena buenaventura buffy buford buget buhari bula bulah bulunc
bulunç bunmi bunyamun buraid burakhan burc burcuhan bureyre burl burma burt burton burç busra busranur buyrukhan buşra
byron bárbara börteçin büget bünyamün büreyre büşranur bănel błazej błażej cabir caetana caga cagdan caglar caglasın
cagveren cahal cahir cailin cailum cait caitlin caitlyn caitriona caius cakar cakırca calandra calcedonio caleb calin
calista calisto calixta calixto callan callie callum calogero caltı calum calvin calvince calım camelia cameron cami
camie camil camila camilla camille camillo camillus camilo cammie cammy camok canan canberk candace candance candela
candelaria candelario candelas candeniz candi candice candida candido candie candis candra candyce canfeza cangur
cangür canice cannur canseven cansin cantemir cantez canur caoilfhionn caoimhe caoimhin caolain caolan caomhan capkan
cara caragh caren carey cari caridad carie carin carina carisa carissa carita carl carla carlee carleen carlena carlene
carletta carley carli carlie carline carlita carlito carlo carlos carlota carlotta carlton carly carlyn carma carman
carmel carmela carmelia carmelina carmelita carmella carmelo carmen carmina carminho carmon carola carolann carole
carolee carolin carolina caroline caroll carolyn carolyne carolynn caron caroyln carren carri carrie carrol carroll
carson carter cary caryl carylon caryn casandra casemiro casey casian casiana casie casimira cassandra cassaundra
cassey cassi cassidy cassie cassondra cassy catalin catalina catarina caterina cathal catharine catherin catherina
catheriona cathern catheryn cathey cathi cathie cathleen cathrina cathrine cathriona cathryn cathy catina catinca
catrice catrina catrinel catriona cavit cavuldur cayetana cayetano cayla cazimir ceara cebesoy cebrian cebrián cecelia
cecil cecila cecile cecilia cecilio cecille cecily cedide cedric cedrick cedrin ceferino celem celena celene celeste
celestina celestine celestino celia celikkan celikyurek celilay celina celinda celine celsa celso cemalettin cemiyle
cenan centrine ceola cerasela cerci cercis cesar cesare cetinsu cevale cevheri cevikoz cevregul ceyhun cezar cezara
cezary cezayir chaaya chadwick chae chaitaly chaitanya chakradev chakradhar chakrika chamali chaman chameli champak
chan chana chanakya chanchal chanda chandani chandra chandran chandresh chanel chanell chanelle chang changaz chantal
chantay chante chantel chantell chantelle chara charan charis charise charissa charisse charita charla charleen
charlena charlene charles charlesetta charlesh charlette charley charlie charline charlott charlotte charlsie charlyn
charmain charmaine charo charolette charvi chas chashida chasidy chasity chasmum chassidy chatresh chatura chau
chauncey chavvi chawish chaya che chebet chege chelangat chelo chelsey chelsie chema chepkemoi chepkoech chepkorir cher
cheragh chere cheree cherelle cheri cherie cherilyn cherise cherith cherly cherlyn cherotich cherri cherrie cherryl
cheruiyot chery cheryl cheryle cheryll chet cheyenne chia chiamaka chiara chibuzo chidimma chieko chigozie chijioke
chinedu chinelo ching chinyere chiquita chita chizoba chloe chong chris chrissy christa christabel christal christeen
christel christena christene christi christia christiana christiane christie christin christina christine christinia
christoper christopher christy chrystal chu chucho chukwudi chukwuemeka chun chung chus chuy cian cianan ciara ciaran
ciarrai cicely ciera cierra cihan cihandide cilga cillian cinda cinderella cindi cindie cindoruk cindy cinerk cinthia
cintia ciprian cipriana cipriano cira ciriaco cirillo cirino ciro ciríaco cisem clair claire clara clare clarence
claretha claretta claribel clarice clarinda clarine claris clarisa clarissa clarita clark classie claud claude
claudette claudia claudie claudine claudio claudiu clayton clelia clemencia clemente clementina clementine clemmie cleo
cleopatra cleophas cleora cleotilde cleta cleto cletus cleveland clifford clifton climaco clint clinton cliodhna cliona
clive clodagh cloe clora clorinda clotilde clyde cláudio clímaco codi codie codin codrin codrina codrut codruta codruț
codruța cody cogay cokan colby cole coleen coleman colene coletta colette colin colins collen collene collette collin
collince collins colm colman colpan colton coluccio colum columba columbus conal conall conan concepcion concepción
concepta concetta concha conchita conchur conleth conn connell connie connor conor conrad conrado consolata constanca
constance constanta constantin constantina constanza constança constanța consuela consuelo contessa copur cora coralee
coralia coralie corazon cordelia cordell cordia cordie coreen corene coretta corey cori corie corina corine corinna
corinne coriolano corliss cormac cormack cornel cornelia cornelio corneliu cornelius cornell corrado corrie corrin
corrina corrine corrinne cortez cortney corvin cory coskun cosmas cosme cosmin cosmina costache costantino costanzo
costel costin courteney courtney coşkun craig crenguta crenguța creola crescencia crin crina cris criselda crissy
crista cristal cristea cristen cristi cristian cristiano cristie cristin cristina cristine cristobal cristofor
cristopher cristy cristóbal cruz crysta crystle cuc cuheyna cuman cuneyit curro curtis custodia custodio cyndi cyndy
cynthia cyprian cyril cyrstal cyrus cythia cándida cándido césar cüneyit călin cătălin cătălina cıdal cıvgın daamin
daanish daanyaal daawood dabbah dabir dacia dacian daciana dafina dafne daghfal dagistan dagmar dagmara dagny daiana
daina daine daire dairine daisey daiyaan dakhil dakota daksh daksha dakshesh dalaja dalan dalbir dalene dalia dalila
dalkılıc dalkılıç dallas dalmas dalton damaris dameer damian damiano damien damife damini damion damián damlanur damon
damurah damyanti dan dana danae dancan dancun dane danelle danette dani dania danial danica daniel daniela daniele
daniell daniella danielle danika danille danilo danish danita dann danna dannette dannie dannielle danny danson dante
danuta danyel danyell danyelle danıs danış daphine daphne dara daragh darain darby darcel darcey darci darcie darcy
darell daren daria dariana darika darin darina dario darius dariusz darla darleen darlena darlene darline darnell daron
darpan darragh darran darrel darrell darren darrick darrin darron darryl darsh darwin daryl darío dastageer daud daudi
dave davida davin davina davis davnet dawid dawna dawne dawud dayamai dayar dayita dayle dayna daysi dayyaan dağistan
deadra deaglan deana deandra deandre deandrea deane deangelo deann deanna deanne dearbhail dearbhaile dearbhla debbi
debbie debbra debby debera debi debora deborah deborrah debra debrah debroah decebal declan dede dedra dee deeann
deeanna deedee deedra deena deepa deetta deger degmeer deha deidra deidre deirbhile deirdre deja del delaine delana
delbert delcie delena delfina delfino delia delicia delil delila delilah delinda delisa della delma delmar delmer delmy
delois deloise delora deloras delores deloris delorse delpha delphia delphine delsie demarcus demetra demetria
demetrice demetrio demetrius demi demilade demirbuken demirbüken demiriz demirok demiryurek demiryürek dena denae
deneen denese denice denis denisa denise denisha denisse denita deniz denizalp denkel denna dennis dennise denny denver
denyse deon deonna dereck derek derick derkay dermot dermott derval dervilla dervla deryanur deshawn desiderio desirae
desiree desmond despina dessie detra dev devansh devika devin deviner devona devora devorah dewayne dewey dewitt dexter
değer değmeer dhriti dhruv dia dian diana dianah diane diann dianna dianne diarmaid diarmuid dickson dida didina diedra
diedre diego dierdre digna diken dilara dilcan dilder dilfeza dilhus dilhuş dillon dilsat dilsitan dilşat dimas
dimitrina dina dinah dincer dinckol dincsu dinis dino dinorah dinu dinçkol dinçsü diogo dion dione dionigi dionisia
dionisio dionna dionne dipta dirican dirlik dismas divina divya dixie diya dochia dodie doganalp dogannur dogansah
doguhan doina dolensoy dollie dolores doloris dolphine dolun domenic domenica domenico domhnall dominga domingo dominic
dominica dominick dominik dominique dominque domitila domnica domonique dona donagh donal donald donatella donatello
donato donella doner donetta donette dong donita donn donna donnacha donncha donnell donnetta donnette donnie donny
donough donovan donte donya dora dorathy dorcas dorcus doreatha doreen dorel dorene doretha dorethea doretta dori doria
dorian doriana dorie dorin dorina dorinda dorine dorinel doris dorita dorla dorli dorota dorotea dorotha dorothea
dorothy dorris dorsey dortha dorthea dorthey dorthy doru dorukhan dottie doug douglas douglass dovie doyinsola doyle
doğanalp doğannur doğanşah doğuhan draga dragos dragoș dreama drema drucilla drusilla duane duarte ducu dudley duha
duilio dulce dulcie dumitra dumitrana dumitru duncan dundaralp durab duracan durante durdali durgadin durmusali
durmuşali durodola durrusehvar dursadiye duruk duruoz duruöz dusti dustin duyguhan dwain dwana dwayne dwight dyan dylan
dymphna dympna débora dölensoy döner dündaralp dürrüşehvar eadaoin eamon eamonn eanna earle earlean earleen earlene
earlie earline earnestine eartha eavan eba eboni ebonie ebuakil ebuka ecaterina ecegul ecegül ecemis ecemiş eda edaviye
edda eddah eddie edel edelmira edelmiro eden edgar edgardo edgubay edgübay edhitha edie edinah edison edith edmond
edmund edmundo edna edoardo edra edris edu eduard eduarda eduardo edward edwardo edwin edwina edyth edythe eesaa eesha
efe effie efil eflatun eflâtun efrain efraín efren efser eftimia eftimie egenur ehan ehsaas ehsan ehtel eijaz eileen
eilene eilis eilish eimear eimer eimhear eiravati eithne ejaz ejlaal ekaja ekalinga ekani ekansh ekanta ekantika ekapad
ekaraj ekavir ekbal ekber ekene ekiya ekmel ekow ekta ekundayo ela eladia eladio elaf elaina elaine elamiye elana elane
elanor elayne elba elbert elda elden eldon eldora eldridge eleanor eleanora eleanore elease elena elene eleni elenor
elenora elenore eleonor eleonora eleonore eleuterio elfreda elfrieda elfriede elgin elhan eli elia eliabeth eliana
elias elicia elida elidia elifnur eligia eligio elijah elin elina elinor elinore elisa elisabet elisabeta elisabeth
elisaveta elise eliseo elisha elissa eliud eliz eliza elizabet elizbeth elizebeth elkana elke ella elladio ellamae
ellan ellen ellena elli ellie elliot elliott ellis ellsworth elly ellyn elma elmer elmira elmo elna elnora elnur elodia
elois eloisa eloise elosy elouise elove eloy eloísa elphas elpidio elroy elsa elsie elsy elton elva elvan elvera elvia
elvie elvin elvina elvira elvis elwanda elwood elyse elza elzbieta elías elöve elżbieta ema emal emanoil emanuel
emanuela emanuil emeka emelda emelia emelina emeline emely emer emerita emerson emigdio emiko emil emile emilee emilia
emilian emiliana emiliano emilie emilio emilly emily emin emine emirsan emirşan emis emiş emma emmaculate emmah
emmaline emmanuel emmet emmett emmie emmitt emmy emogene emory emperatriz emran emrullah emília ena encarna encarnacion
encarnación encarnita enda enedina eneida enes enfes enginiz enid eniola ennio enoch enock enola enrico enrique
enriqueta ensari enya enzio enzo eoghan eoin ephantus epifania epifanio eral eraldo erasmo erastus eraycan erbay erbil
ercihan erdemer erdibay erdogan erdursun erem eremia erenalp erensoy ergener erginel ergonul ergul ergun ergönül ergül
ergün eric erica erich erick ericka erik erika erin erincer erinn erinçer eris eriş erkan erkinel erksoy erkılıc
erkılıç erlene erlinda erline erma ermanno ermelinda ermenegildo ermes erminia ermutlu erna ernest ernestina ernestine
ernesto ernie erogul eroz eroğul errol ersat ersec ersel erseç ertan erten ertun ertuncay ertün ervaniye ervin erwin
eryk eryn eryıldız eröz erşat esenbay esengun esengün esenturk esentürk esfandyar eshan eshana esi esim eskinalp
esmanperi esmeralda esna esperanza espiridion espiridión esref essie esta esteban estefana estefania estefanía estela
estell estella estelle estera esther estrella esupofo etelvina etha ethan ethel ethelene ethelyn ethna ethne ethyl
etizaaz etsuko etta ettie ettore euan eufemia eufrosina eugen eugena eugene eugenia eugenie eugenio eugine eula eulah
eulalia eun euna eunan eunice eura eusebia eusebio eusebiu eustaquio eustatiu eustațiu eustolia eutimio eutropio eva
evaline evalyn evalyne evan evance evangelina evangeline evangelista evanghelina evans evaristo evcimen evde evelia
evelin evelina eveline evelyn evelyne evelynn everett everette everline everlyne evette evia evie evita evon evonne
evrim evrimer ewa ewan ewatomi ewelina exie eyyup eyyüp ezekiel ezequiel ezgin ezgutekin ezgütekin ezio ezra eşim eşref
fabia fabian fabiana fabio fabiola fabián fabricio fabrizia fabrizio fadekemi faderera fadile fadıla fae fahmi
fahrullah fainche faizan faize falak falan falguni fallon fami fannie faqid farah faraj faras farhan farida fariq faris
farrah fatigul fatigül fatih fatima fatimah fatinur fatmanur fatuma faustina faustino fausto faviola fay faye fayize
fazli fazul feargal fearghal febe fedele feden federica federico federigo fehim fehintola fehmiye feisal felecia felica
felice felicia feliciana feliciano felicidad felicita felicitas felipa felipe felisa felisha felista felister felistus
felix felton fenni ferahdiba ferat feraye ferdinand ferdinando feremez fergal fergus ferhan ferihan ferinaz fermin
fermina fermuta fermín fernanda fernande fernando ferne fersan feryas ferzi festus fetullah feyha feyruz feyzin feza
fiachra fiamma fibikemi fidaye fidel fidela fidelia fidelis fidelma fidvi fiifi fikayomi fildan filiberto filip filipa
filipe filippa filippo filit filofteia filomena finbar finbarr finian finn finola fintan fiodor fiona fionan fionna
fionntan fionnuala fionnula fiorenzo fiorino firdevis fitan fitnat fito fiyaz flannan flavia flavio flaviu fleta
fletcher flo floare floarea flor florance florea florencia florencio florene florenta florentin florentina florentino
florența floretta floria florian floriana florica florida florina florinda florine florrie flossie floy floyd folashade
folu fonda forrest fortunata fortunato frado fran france francene frances francesca francesco franchesca francie
francina francine francis francisc francisca francisco franciszek franco francoise frankie franklin frankline franklyn
fransisca frazer fred freda fredda freddie freddy frederic frederica frederick fredericka frederico fredia fredo
fredric fredrick fredricka freeda freida freya frida fridah frieda fritz frusina fryderyk fugen fulgencio fulvio fumiko
fuzuli fábio fátima félix fügen gabel gabi gabino gabriel gabriela gabriele gabriella gabrielle gaetano gagan gail gaja
galasso galen galina galip galo ganga ganim ganiye garech gareth garfield garima garnett garreth garrett garry garth
garvan gary gaspar gaspare gaston gastone gastón gathoni gaurang gaurangi gaurav gauri gaurika gautam gautami gavan
gavin gayathri gaye gayla gayle gaylene gaylord gaynell gaynelle gazel gbadebo gbolahan gbowoade geanina gearldine
gearoid gedion geetika gelengul gelengül gelsomina gelu gema gemma gena genaro gencaslan gencay geneva genevie
genevieve genevive genia genna gennie genny genoveva gentiana gençay gențiana geoffrey geofrey georgann georgeann
georgeanna georgel georgene georgeta georgetta georgette georgia georgian georgiana georgiann georgianna georgianne
georgie georgina georgine gerald geraldine geraldo geralyn gerard gerardine gerardo geray gerda geri germaine german
germana germán geronimo gerrard gerri gerry gertha gertie gertrud gertrude gertrudis gertude gervasio gerónimo gesare
geta getrude ghaalib ghaazi ghaffaar ghafoor ghaith ghalib ghanee ghanem ghannam ghasaan ghauth ghawth ghayoor ghazalan
ghazanfar ghazanfer ghazawan ghazi ghazzal ghenadie gheorghe gheorghita gheorghiță gherghina ghislaine ghita ghiyaath
ghiyath ghiță ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf gia giacinto giacobbe giacomo giada giampaolo
giampiero gian giancarlo gianfrancesco gianfranco gianina gianluca gianluigi gianmarco gianna gianni gianpaolo
gianpietro gibson gica gicu gică gideon gidget gifty gigi gil gilbert gilberte gilberto gilda giles gillian gilma
gilman gina ginette ginny gino ginyas gioacchino gioachino gioele gioffre gionata giorgia giorgian giorgiana giorgio
giosue giosuè giovanna giovanni girik girindra girish girolamo gisela gisele giselle gita gitau githinji gitonga giulia
giuliana giuliano giulietta giulio giuseppe giuseppina giustino giz gladis glady gladys glauco glayds glenda glendora
glenn glenna glennie glennis glinda gloria glynda glynis godfrey godofredo godwin goffredo gohar gok gokay gokbudun
gokce gokcebalan gokcil goken goknur gokperi goksev gokten golda goldie goli goncafer goncalo gonen gonzalo gonçalo
gopal gordan gordon gorgunay gorklu gorsev goyo gozel gozem gracia graciana graciano gracie graciela grady graeme
graham graig grainne grania granville gratian gratiana gratiela grayce graziano graziella grazyna grațian grațiana
grațiela greca greco greg gregg gregoria gregorian gregorio gregory greta gretchen gretta gricelda grigore grisel
griselda grover grzegorz guadalupe guarino gucal gucluer gucyeter gudrun guglielmo guido guilherme guillermina
guillermo guiomar gul gulab gulaga gulay gulbani gulbeyan gulbiye gulce gulcegun guldam gulder guldunya gulegen gulel
gulenay guler gulev gulfaam gulfam gulfari gulfeza gulgen gulguzel gulhisar gulinaz gulkadın gulluhan gulmisal
gulnaziye gulozge gulper gulsa gulsahin gulsalın gulselin gulseref gulseren gulsevil gulshan gulsiye gulsu gulter gulus
gulzadiye gulzar gumustekin gunar gunaydin gunbir gunden gunduzalp gunebakan guneet guneri guney gungordu gungoren
gunkurt gunsel gunsen gunser gunver gurarda gurcuye gurelcem gursal gurten gus gussie gustavo gustaw guvercin guzey
gwen gwenda gwendolen gwendoline gwendolyn gwenn gwyn gwyneth gök gökay gökbudun göken göknur gökperi göksev gökten
gökçe gökçebalan gökçil göli gönen görgünay görklü görsev gözel gözem gücal gül gülay gülağa gülbani gülbeyan gülbiye
gülcegün güldam gülder güldünya gülel gülenay güler gülev güleğen gülfari gülfeza gülgen gülgüzel gülhisar gülinaz
gülkadın güllühan gülmisal gülnaziye gülper gülsalın gülselin gülseren gülsevil gülsiye gülsü gülter gülzadiye gülçe
gülözge gülüs gülşa gülşahin gülşeref gümüştekin günar günaydin günden gündüzalp günebakan güneri güngördü güngören
günkurt günsel günser günver günşen gürarda gürcüye gürelcem gürsal gürten güverçin güzey güçal güçlüer güçyeter habiba
habibe haciali hacile hadija hadrey hae hafsa hafıza hai hailey hakikat hal halenur haley halidun halima halina haliye
halley hallie haluk hami hamish hamisi hamiyet hamsini hamza han hana hanbiken hanedan hanh hanim hanna hannabel hannah
hannelore hanora hans hansultan haralamb haralambie harbinaz hardik harinakshi harini harish harita hariz harlan
harland harley harnail harold haroldo haron harriet harriett harriette harris harrison harshil harun harvey hasbek
hasgul hasgül hasret hassan hassie hatem hatin hattie havali havse hawa hayali haydee hayden haydée hayel hayleigh
hayley hayret hayrunnisa hayrünnisa haywood hazeem hazine hazrat hedwig hedy hee heide heidi heidy heike hekime hekmet
helaine helan helena helene helga heliodoro hellen hema hemal hemang hemangini hemani henife henrieta henrietta
henriette henrique henry heracleea heraclio herbert herberto heriberto herlinda herma herman hermelinda hermenegildo
hermila hermina hermine herminia herminio hernan hernando hernán herschel hershel herta hertha hesbon hester hettie
heva heyvetullah hezniye hezron hicsonmez hidir hiedi hien hilaria hilario hilary hilayda hilda hildah hilde hildegard
hildegarde hildred hillary hilma hilton hindal hinet hipolito hipólito hiral hiram hiroko hisako hitesh hiçsönmez hoa
hobert holley holli hollie hollis hong honora horace horacio horatiu horațiu horea horia hortencia hortense hortensia
hosea hoskadem houston howard hoyt hoşkadem hredhaan hritik hsiu huban hubert huda hudavent huey hugh hugo hui hukumdar
hulda humberto humeyra humphrey hunalp huong hurdogan hurican hurmet hurside huruyet huryasar hurşide husmen husnuhal
hussein huzaifa huzuri hwa hye hyman hyo hyon hyun héctor hüda hükümdar hümeyra hürdoğan hürmet hüryaşar hürüyet hüsmen
hüsnühâl hıfzullah iacob iain ian iancu ianis iara iasmina ibaad iban ibidapo ibironke ibn ibraaheem ibraheem ibrahim
ibán ica ida idalia ide idell idella idika idrees idris idık ieremia iesa iesha ifeanyi ifechukwu ifeoma iftikhaar
iftikhar ifunanya ige ignacia ignacio ignacy ignazio igor ihab ihsaan ihsan ihtesham ihtiram ihtishaam ihtsham ijaya
ijli ikbal ike ikenna ikeoluwa iker ikhlaas ikraam ikramah ikrimah ikshita ila ilan ilana ilaria ilarie ilarion ilda
ildefonso ildız ileana ileen ilene ilgı iliana ilie ilinca illa ilona ilse iluminada ima imaran imelda imogene ina
inaya indali indira indrajit inell ines inez inga inge ingeborg inger ingrid inigo inioluwa inmaculada inocencia
inocencio inocentiu inocențiu inés inês ioan ioana ioanina iola iolanda iona ione ionel ionela ionelia ionica ionică
ionut ionuț iosefina iosif ippazio ira iraida irena irene iretioluwa iridenta irina irine irinel irma irmgard irungu
irvin irving irwin irya irıs isa isaac isaack isabel isabela isabell isabella isabelle isack isadora isaiah isaias
isaura isaías isela iseoluwa isha ishaan ishani ishanvi ishita ishola ishwar isiah isidora isidoro isidra isidro isin
isis ismael ismail ismık isobel isreal issa issac issack isıkay isıman isın ita itziar iulia iulian iuliana iuliu iurie
iustin iustina iustinian iva ivan ivana ivelisse ivette ivey ivo ivona ivone ivonne ivor iván iwo iyabode iyadunni
izaaz izabela izetta izola işin işıkay işıman işın jaabir jaafar jaan jabbaar jabir jabr jacalyn jacek jacelyn jacinda
jacinta jacintha jacinto jackeline jackelyn jacki jackie jackline jacklyn jackqueline jackson jaclyn jacob jacobo
jacopo jacqualine jacque jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacques jacquetta jacqui jacquie
jacquiline jacquline jacqulyn jad jada jadwiga jae jael jafar jafet jaffer jagat jagdish jagrati jagvi jahangir
jahanzeb jahdami jahdari jahiz jahm jai jaime jaimee jaimie jairaj jairus jake jakub jalaal jalal jalees jaleesa jalil
jalisa jalsa jama jamaal jamal jamar jame jamee jameel jamel jamey jami jamie jamika jamila jamison jammie jana janae
janaki janani janay jane janean janee janeen janel janell janella janelle janene janessa janet janeta janeth janett
janetta janette janey jani janice janie janiece janina janine janis janise janita jankat jann janna jannet jannette
jannie januja janya janyce japhet japheth jaqueline jaquelyn jared jarlath jarleth jarod jarrett jarrod jaruthip jarvis
jasmin jasmina jasmit jason jatin jaunita javan javi javier javiera jayde jaye jayme jaymie jayna jayne jayson jazmin
jazmine jean jeana jeane jeanelle jeanene jeanett jeanetta jeanette jeanice jeanie jeanine jeanmarie jeanna jeanne
jeannetta jeannette jeannie jeannine jebet jecinta jed jedidah jedrzej jeet jeevika jeff jefferey jefferson jeffery
jeffie jeffrey jeffry jelagat jemimah jemma jemutai jen jena jenae jenaro jene jenee jenel jenell jenelle jenette
jeneva jeni jenice jenifer jeniffer jenine jenipher jenise jenna jennefer jennell jennette jenni jennie jennifer
jenniffer jennine jenny jepchirchir jepchumba jepkemoi jepkoech jepkorir jepkosgei jeptoo jerald jeraldine jeramy jere
jeremi jeremiah jeremias jeremy jeremías jeri jerica jerilyn jerlene jermaine jermiah jerold jerome jeromy jeronimo
jerono jerop jerotich jerrell jerri jerrica jerrie jerrod jerrold jerry jeruto jerzy jerónimo jesca jesenia jesica jess
jesse jessenia jessi jessia jessica jessie jessika jestine jesus jesusa jesusita jesús jetta jettie jewell jhalak jill
jillian jim jimena jimmie jin jina jinny joan joana joane joanie joann joanna joanne joannie joao joaquim joaquin
joaquina joaquín joash jocelyn jodee jodi jodie jody joe joeann joel joella joelle joellen joesph joetta joette joey
johana johanna johanne johna johnathan johnathon johnetta johnette johnie johnna johnnie johnny johnsie johnson
johnstone joi joie jolanda joleen jolene jolie joline jolyn jolynn jon jona jonah jonas jonatan jonathan jonathon jone
jonell jonelle jong joni jonie jonna jonnie joojo joram jordana jordi jordon jordán jorge jose josef josefa josefina
josefine joselyn josep joseph josephat josephina josephine josette joshua josiah josie joslyn jospeh josphat josphine
josue josué josé jovan jovita joya joyce joycelyn joye joyline jozef joão juan juana juanita juanito jude judi judie
judith judson judy jule julee julene jules juli julia julian juliana juliane juliann julianna julianne julie julieann
juliet julieta julietta juliette julio julissa julita julius juliusz julián juma jung junie junita junko justa justin
justina justine justus justyna jutta juwon jyoti jéssica józef júlia jędrzej kaamil kaashif kaazim kabeer kabir kacey
kachela kaci kacie kacper kacy kader kadınana kafeel kahir kai kaila kaiser kaitlin kaitlyn kaja kajetan kajji kala
kalbi kaleem kaleema kaleigh kaley kalgay kali kalina kallie kalpit kalyn kam kamal kamala kamar kamau kami kamil
kamila kamilah kamran kamya kanak kandace kandef kandi kandice kandis kandra kandy kane kanesha kanini kanisha kanpulat
kapagan kara karaamat karabas karabaş karaca karaer karakucak karam karan karanbay karani karanja karatas karataş
karcan kardelen kareem kareen karen karena karey kari karie karim karima karimi karin karina karine karisa karissa
kariuki karl karla karleen karlene karley karlukhan karly karlyn karmen karol karole karoline karolyn karon karren
karri karrie karry kary karyl karyn kasam kasandra kasey kasha kashan kashif kashish kashvi kasi kasie kasif kasim
kassandra kassie kassim katana kate katelin katelyn katelynn katerine kathaleen katharina katharine katharyn kathe
katheleen katherin katherina katherine kathern katheryn kathey kathi kathie kathleen kathlene kathline kathlyn kathrin
kathrine kathryn kathryne kathy kathyrn kati katia katie katina katlyn katrice katrina katriona kattie katy kauthar
kaver kavurt kavya kawkab kawthar kay kayagun kayagün kayce kaycee kaye kaygusuz kayla kaylee kayleen kayleigh kaylene
kayrabay kaysan kayıt kazi kazim kazime kazimierz kazuko kaşif kealan kecia keelan keeley keely keena keenan keesha
keeva kefser keiko keila keira keisha keith keitha keji kelami kelechi keli kelle kellee kelley kelli kellie kelly
kellye kelsey kelsi kelsie kelvin kelâmi kemberly kemboi kemuma kemunto kena kenda kendal kendall kendra kendrick
kenedy keneth kenia kenisha kenna kennedy kenneth kennith kenny kenter kenton kenyatta kenyetta kera keren keri kerime
kerman kermit kerri kerrie kerry kerstin kerubo kesha keshia kete keturah keva keven kevim kevin keya keyaan kezban
keziah khaalid khaan khadija khadijah khalilah kia kiaan kiana kiara kiaran kiarie kibar kibet kiera kieran kiernan
kieron kiersten kiesha kieth kifaye kike kikelomo kiley kilian killian kilonzo kim kimani kimanzi kimathi kimber
kimberely kimberlee kimberley kimberli kimberlie kimberly kimbery kimbra kimeu kimi kimiko kimutai kina kindra kinuthia
kinyanjui kinyua kioko kip kipchirchir kipchumba kipkemboi kipkemoi kipkirui kipkoech kipkorir kipkosgei kipkurui
kiplagat kiplangat kiplimo kipngeno kipngetich kiprono kiprop kiprotich kipruto kipsang kiptoo kipyegon kira kiramettin
kirby kirk kirsten kirstie kirstin kirsty kirui kisha kitan kittie kiyasi kiyoko kizzie kizzy klara kocabas kocabaş
kocak kockan koech kofi kojo koker koktas kolawole koldan koncagul koncagül konguralp konrad konstanty kopan koray
korede korey kori korir korkmazalp kornel kornelia kortney korugan kory kosemen kosgei kosisochukwu kosukhan kotuz
kourtney koçak koçkan koşukhan kraig kris krish krisha krishna krissy krista kristal kristan kristeen kristel kristen
kristi kristian kristie kristin kristina kristine kristle kristofer kristopher kristy kristyn kritika krysta krystal
krysten krystian krystin krystina krystle krystyna krzysztof ksawery kubran kuddusi kujoe kum kumral kuria kursad kurt
kurtis kutay kutgun kutgün kutun kwabena kwadwo kwaku kwamboka kwame kwamena kwasi kweku kwesi kyalo kyara kyla kyle
kylee kylie kym kymberly kyoko kyong kyra kyung kâmil kâzime kévim köker köktaş kösemen kübran kürşad kılıcbay kılıçbay
kınel kırat kırgız kısmet kıvılcım kızıl kızıltunc kızıltunç laban labeeb labib lacey lachelle laci lacie lacramioara
lacresha ladawn ladislau ladli ladonna laeeq lael lahiah lahoma lai laika laila laine laiq laith lajita lajlaj lajuana
lakeesha lakeisha lakendra lakenya lakesha lakeshia lakia lakiesha lakisha lakita laksh lakshit lakshmi lala lale lalo
lamar lamberto lameck lamonica lamont lan lana lando landon lanell lanelle lanette lang langat lani lanie lanita lannie
lanny lanora laoise laqeet laquanda laquita lara larae laraine laree larhonda larisa larissa larita laronda larraine
larry larue lasandra lascar lascăr lashanda lashandra lashaun lashaunda lashawn lashawna lashawnda lashay lashell
lashon lashonda lashunda lasonya latanya latarsha latasha latashia lateef latesha latia laticia latif latina latisha
latonia latonya latoria latosha latoya latoyia latrice latricia latrina latrisha launa laura lauralee lauran laure
laureano laureen lauren laurena laurence laurene laurentia laurentiu laurenția laurențiu lauretta laurette lauri
laurian laurice laurie laurinda laurine lauryn lavada lavanya lavelle lavenia lavera lavern laverna laverne laveta
lavette lavina lavinia lavon lavona lavonda lavone lavonia lavonna lavonne lawana lawanda lawanna lawerence lawrence
lawrencia layla layne layth lazar lazaro lazzaro lazăr leah leana leandra leandro leann leanna leanne leanora leatha
leatrice lecia leda ledun ledün leeann leeanna leeanne leela leena leesa leia leida leif leigh leigha leighann leila
leilani leire leisa leisha leke lekha lekisha lela lelah leland lelia lemuel len lena lenah lenard lenita lenna lennie
lenny lenora lenore leo leocadia leocadio leola leoma leon leona leonard leonarda leonardo leoncio leone leonel leonia
leonida leonie leonila leonor leonora leonore leontin leontina leontine leopoldina leopoldo leora leordean leota lera
lere leroy lerze les lesa lesha lesia leslee lesley lesli leslie lessie lester leta letha leticia letisha letitia
letizia letiția lettie letty letícia levi levis lewis lexie leyli leyre lezize lezlie león lia liam liana liane lianne
liban libbie libby liberto libni librada lica licia lică lida lidia lieselotte ligia lila lili lilia lilian liliana
lilla lilli lillia lilliam lillian lilliana lillie lilly limazah limon lin lina linah linda lindah lindsay lindsey
lindsy lindy linet linette ling linh linn linnea linnie lino linsey linus linwood lioara lionel lipika lisa lisabeth
lisandra lisandro lisbeth lise lisette lisha lissa lissette lita livia livingstone livio liviu liwia liyaaqat liyaqat
liz liza lizabeth lizbeth lizeth lizette lizzette lizzie lloyd lodovico logan lohit loice loida lois loise lola lolita
loma lon lona londa loni lonna lonnie lonny lopa lora loraine loralee lorcan lorean loredana loree loreen lorelei loren
lorena lorene lorenza lorenzo loreta loreto loretta lorette loretto lori loria loriann lorie lorilee lorin lorina
lorinda lorine loris lorita lorna lorraine lorretta lorri lorriane lorrie lorrine lory lottie lou louann louanne
louella louetta louie louis louisa louise loura lourenco lourenço lourie louvenia lovella lovetta lovie lowell loyce
loyd loyola luana luann luanna luanne luay luba luca lucas lucentiu lucențiu luchino lucho luci lucia lucian luciana
luciano lucie lucien lucienne lucila lucile lucilla lucille lucina lucinda lucio lucius lucrecia lucretia lucretiu
lucrezia lucreția lucrețiu lucy lucía ludie ludivina ludmila ludovic ludovica ludovico lue luella luetta lufen luigi
luigina luis luisa luise luisina luiza luka lula lulu luminita luminița luna lupe lupita luqmaan luqman lura lurlene
lurline lut lutf lutfi luther luvenia luz luís luísa lyda lydia lydiah lyla lyle lyman lyn lynda lyndia lyndon lyndsay
lyndsey lynell lynelle lynetta lynette lynn lynna lynne lynnette lynsey lynwood lázaro lâle lúcia lüfen lütfi
lăcrămioara maahir maajid maalik maanas maanav maawiya maaz maazin mabad mabel mabelle mable mac macarena macaria
macario macauley macharia machelle macide macie maciej mack mackenzie macy madalena madalene madalin madalina madaline
madalyn madani maddie madelaine madeleine madelene madeline madelyn madge madhav madhavi madie madison madiyan madlyn
madonna madyan mae maegan maeve mafalda magali magaly magan magaret magda magdalen magdalena magdalene magdaline magen
maggie mahad mahalia mahaz mahbeer mahboob mahbub mahdee mahdi mahdy maheen maher mahfooz mahfuj mahfuz mahigul mahigül
mahika mahir mahja mahmood mahmoud mahmud mahnaz mahsun mahter mai maia maida maighread maile maimuna maina maingi
maira maire mairead mairin mairtin maisha maisie maite majd majdi majdy majeed majella majorie makau makayla makeda
makeen makena makokha makori maks maksude maksur maksymilian maksüde malachy malcolm malcom malena malia malik malika
malina malinda malisa malissa malka mallie mallory malorie malvina malwina mamen mamie mammie mamun mana manan manbir
manda mandi mandie mandy manie manola manole manolo mansurali manthan manu manuel manuela manuelita manus manya mao
mara maragaret maragret maranda marc marcantonio marcel marcela marcelene marcelina marceline marcelino marcell
marcella marcelle marcello marcellus marcelo marcene marchelle marcheta marci marcia marcial marciano marcie marcin
marcio marco marcos marcu marcus marcy mardell marek maren marese marg marga margareta margarete margarett margaretta
margarette margarida margarite margarito margart marge margene margeret margert margery marget margherita margie margit
margo margorie margot margret margrett marguerita marguerite margurite margy marhta mari mariah mariam marian mariana
marianela mariann marianna marianne mariano maribel maribeth marica maricela maricica maricruz mariel mariela mariella
marielle marietta mariette marika mariko marilee marilena marilou marilu marilyn marilynn marin marinda marinela marino
mario marioara marion maris marisa marisela marisha marisol marissa maristela marita maritza mariuca marius mariusz
marivel marjorie marjory marketta markita markus marla marlana marleen marlen marlena marlene marline marlo marlon
marlyn marlys marna marni marnie maroof marquerite marquetta marquita marquitta marsha marshall marta marth martha
marti martim martina martine martino martirio marty martyn martín marva marvella marvin marvis marx marya maryalice
maryam maryann maryanna maryanne marybelle marybeth maryellen maryetta maryjane maryjo maryland marylee marylin maryln
marylou marylouise marylyn marylynn maryrose maría masako masar maside masika masinde massimiliano massimo masume matei
mateo mateus mateusz matha mathew mathias mathilda mathilde matias matilda matilde matteo mattia mattie matías maud
maude maudie maura maureen maurice mauricio maurilio maurine maurita maurizio mauro maurycy mavis maxi maxie maximiano
maximilian maximiliano maximina maximino maximo maxine maxwel maxwell maya maybell maybelle maye mayme maynard maynur
mayola mayra mayte mazie mazlum maşide mbithi mboya mbugua mburu mckenzie mckinley meabh meagan meaghan mechelle mecide
mecit meda mee meera mefarettin mefharet megan meggan megha meghan meghana meghann mehdiye mehmed mehmetzahir mehrigul
mehrigül mei meibh mekhala mel melaha melaine melani melania melanie melany melba melchor melda meleknur melia melida
melihcan melikkan melina melinda melisa melissa melissia melita mellie mellisa mellissa melodee melodi melodie melonie
melony melul melva melvin melvina melvine melynda melûl memili mendy menfeat mengi menguc mengüç menisan menişan merba
mercedes mercedez merche mercyline merdi meredith meri merideth meridith merilyn merim merissa merle merlene merlin
merlyn merna merri merrie merrilee merrill mertel mertie merva mervin mervyn meryeme meryl merzuk meshack meshur mestur
mesude metinkaya metrine meveddet mevludiye mevlut mevlüdiye mevlüt meyhanim mezide meşhur mia micael micaela micah
miceal micha michael michaela michaele michal michale michał micheal micheala michel michela michelangelo michele
micheletto michelina micheline michell michelle michelotto michiko micki mickie miesha mieszko migdalia mignon miguel
miguela miguelina mihaela mihai mihail mihin mihnea mihrab mihriye mika mikaela mikayla mikel miki mikki mikołaj mila
milagro milagros milan milay milcah milda mildred milena milford milissa milka milkah millard millicent millie milly
milo milton mimi mina minda mindi mindy minerva ming minh minibe minna minnie minodora minta mioara miquel mira
mirabela miranda miray mirbadin mircea mirco mireia mireille mirela mirella mireya miriam mirian mirko mirna miron
mirona mirriam mirta mirtha miruna misha mishat misra missy misti mistie mitali mitch mitchel mitchell mitchelle mitesh
mitica mitică mitrut mitruț mitsue mitsuko mittie mitzi mitzie miyesser miyoko mizhir miłosz modesta modesto modupe
mofifoluwa mohamed mohammad mohammed mohamud mohini mohsim moira moises moisés mojisola mojisoluwa mollie molly momanyi
mona monalisa monet monica monicah monika monique monis monnie monroe monserrate monte montserrat monty mora moraa
moradeke morayo moreen morena morenike moreno morgan moriah morine morolake morris mortimer morton mose moses moshe
mosinmileoluwa mosunmola motunrayo moureen mourib mourine moya moyosore mozell mozella mozelle muarra mubetcel mucahit
mucellib mucevher muchiri muema mueni muferrih mufide mufit mugambi mugber mugdha mugendi mugo mugur mugurel muhallil
muhammet muhazzim muhip muhiye muhyettin mui muia muireann muiruri mujde mukbile mukhwana mukramin mukrume muktedir
mulayim muli mulwa mumbi mumo mumtaze munene munezzer mungai munif munyao munyoki muoi muratcan muret muriel muriithi
murimi murit murithi muriuki murray musa musafet musaffa musau musee musembi musemma muslum mustafa musure musyoka
musyoki mutai mutasım muthama muthengi muthoka muthoni muthui mutie mutinda mutiso mutisya mutluhan mutua mutuku
mutunga muturi muvaffak muvahhide muveddet muzdahir muzekker muzhir mwanajuma mwanamisi mwangangi mwangi mwaniki
mwanzia mwaura mwende mwendwa mwikali mwiti myesha myles myong myra myriam myrl myrle myrna myron myrta myrtice myrtie
myrtis myung márcio mário máxima máximo mélanie mónica möhsim mübetcel mücellib mücevher müferrih müfit müjde mükramin
mükrüme mülâyim mümtaze münezzer münif müret mürit müsemma müslum müveddet müzekker müğber müşüre mădălin mădălina
mălina mărioara măriuca naadir naail naajy naasih naasir naathim naazhim nabeeh nabeel nabhan nabigh nabih nabil
nachiket nacio nada nadeem nadene nades nadhir nadia nadim nadine nadr nae naeem nafasat nafees nafesa nafii nafile
nafis nafula nahashon naiara naib naida naide naim naimh nair najair najam najeeb nakesha nakia nakip nakisha nakita
naksh nakul nalan naliaka nalân nam nancee nancey nanci nancie nancy nandini nando nanette nanjala nannette nanni
nannie naoimh naoise naom naoma naomh naomi naomy napoleon napoleone narcis narcisa narciso narhanim nas nasiba nasuf
natacha natalia natalie natalio natalya natan natanael nataniel natasa natasha natashia natasza natașa nathalie nathan
nathanael nathanial nathaniel natisha natividad natosha naveen nayara nayil naz nazaret nazario nazende nazi nazimet
nazlihan nazlim nazıdil ndegwa nderitu ndirangu nduku ndunge ndungu nduta neal neasa nebih nebiha necdat nechifor
necilal necmettin necole necva ned neda nedda nedra neel neelima neely neema nefaret nefiye neha nehemiah nehip neida
neil neill nejdet nekesa nela nelda nelia nelida nelima nell nella nelle nellie nelly nelson nelu nena nenita neoma
neomi neptun neptün nerea nereida neriban nerim nerissa nery nesfe nesip neslinur nesrin nessa nestor neta netra nettie
neva nevada neval nevgin neville nevise nevsal nevsale neyran nezengul nezengül nezihi nezize neşrin nga ngan nganga
ngari ngigi ngoc ngozi ngugi nguyet nia nial niall niamh nicanor niccolo niccolò nichelle nichifor nichol nichola
nicholas nichole nicholle nicholus nicki nickie nickolas nickole nickson nicky nico nicoara nicoară nicodemo nicodemus
nicodim nicol nicola nicolae nicolaie nicolas nicolasa nicole nicoleta nicoletta nicolette nicolle nicolo nicolás
nicolò nicu niculina niculita niculiță nicusor nicuta nicușor nicuță nida nidhi nidia nidra niesha nieves nigel nigmet
nihai nihal nihan niharika niki nikia nikita nikki nikodem nikole nila nilcan nilda nili nilima nilo nilsa nimakoah
nimrat nina ninetta ninfa ninioluwa nino nirgul nirgül nirja nisha nita nitara nitesh nixon niyazi niyilolawa niğmet
njagi njenga njeri njeru njiru njogu njoki njoroge njue njuguna nkiruka nnamdi nneka noa noah nobuko noe noeleen noelia
noeline noella noelle noemi noemí nohemi noirin nola nolan noleen nollaig noma noman nona nonso noor nora norah norbert
norberto noreen norene norica noriko norine norma norman normand norris noé nuala nubia nudret nuno nura nural nurbanu
nurcan nurda nurdeniz nuretdin nurey nurgil nurhayet nuria nurice nuriyet nurkan nurmelek nursan nurseda nurser nursim
nurtac nurtaç nuru nurullah nurveren nurşan nuyan nyaboke nyaga nyakundi nyamai nyambura nyanchama nyawira nydia nyla
nyongesa nzioka nzomo nádia nélida néstor núria nüdret nürice oana oba obaid obanijesu obdulia obed obianuju obinna
ochieng ocie octav octavia octavian octaviana octavio octaviu oda odalis odalys odelia odell odessa odette odhiambo
odhran odika odilia odis odkanlı odongo oduor oeshi ofelia oganer oge ogechi oget ogooluwa ogulbas ogurata ogus oguzman
oguş oisin ojas ojasvi okanay okbay oke okechukwu okello okguclu okgüçlü okkas okoth okseven okturemis okturk oktüremiş
okumu okyalaz ola oladare oladimeji olaf olajumoke olakunle olalla olanrewaju olansile olasunmbo olca oldag oldağ
olegario olen olene oleta olevia olga olgierd olimpia olimpian olimpiu olin olinda oliva oliver olivia oliviu oliwier
ollie ololade oloo oluchi olufunke olufunmilayo olumorotimi oluoch olus oluwafemi oluwagbemiga oluwakemi oluwamumibori
oluwamuyiwa oluwasanmi oluwasegun oluwole oluş olwen olympia oma omaca omair omaja omar omari omeir omer omisha omkaar
omobobola omobolanle omodunni omolabake omolara omondi omosalewa omotara omotayo omotola omotoun omowumi omran omriye
omur omya ona onat oncel ondieki oneida onel onesmus ongay ongen oni onie onita onkar onofre onsal onuker onurcan
onursu onveer onyango onyinye oonagh ophelia opiyo ora oralee oralia oran oranlı orazio orcin oren oreofe oreste oretha
orfhlaith orfiye orgun orgün oriana orik orinder orla orlagh orlaigh orlaith orlando orna ornella orpha ortak ortansa
oruc oruç orval orville oryurek orçin osama oscar osha oskar osman ossama ossie osunleke osvaldo oswaldo otay otelia
otha otieno otilia otis ottavio otto ottone ouida ouma ovidio ovidiu oviya ovun owais owen owino owuor oyenike
oyindasola oymak ozakan ozalpsan ozana ozansu ozansü ozaslan ozay ozbay ozbilek ozbilge ozcam ozdal ozdes ozdil ozdogdu
ozel ozell ozella ozerdinc ozertem ozge ozger ozgun ozgur ozie ozinal ozioma ozkent ozkutlu ozlem ozlu ozokcu ozpetek
ozpınar ozsozlu oztek ozturk ozudogru ozyurt oğulbaş oğurata oğuzman pablo paca pacifica paco pacífica padraic padraig
padraigh padraigin pahal paige paker paksu pallavi palma palmer palmira paloma pam pamala pamela pamelia pamella pamfil
pamila pamula panagachie panait pancho pandora panfilo panini paola paoletta paolo paraschiva paride parker parsa parth
parthenia particia parvez pascal pascual pascuala pasqual pasquale pastora patria patrica patrice patricia patricio
patrina patrizia patrizio patru patryk patrícia patti pattie paula paulene pauletta paulette paulica paulina pauline
paulino paulita paulo pauric pavani pavel paweł paye paz peadar peader pearce pearle pearlene pearlie pearline pearse
pedro peggie peggy pehlil pei pekkan pelayo pellegrino pembesin penelope penina peninah penney penni pennie pepe pepita
pepito percy peren perinur peris perla perlita permun perry pervaiz pesent pete peterson petra petre petrica petrică
petrina petrisor petrișor petrona petronela petronila petru petrut petruta petruț petruța phanice phebe phelim phelix
phil philemon philip philis phillip phillis philomena phineas phung phuong phylicia phylis phyliss phyllis pia piaras
piedad pierangelo piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo pierre piersanti pietro pilar
pili pina pio piotr pirahmet piran pius placido plesu pleșu plinio plácido pok polly pompeo pompilia pompiliu pomponio
poncio pooja porfirio porsche porsha portia pranav praneel pranit pratyush pricilla primitiva primitivo prisca priscah
priscila priscilla priscillah prisha priya profira providencia prudencia prudencio przemysław puccio pura purcek
purificacion purificación pushti pánfilo pía pío pürçek pătru qaadir qaasim qabeel qabil qadar qadeer qadi qadim qahtan
qaim qais qamar qani qanit qareeb qarin qaseem qasid qasif qasim qatadah qawee qay qays qiana quadir qudamah quddoos
qudoos queenie quentin quiana quincy quinn quinter quintin quinton quique quirino qurban qusay qushi qutaybah qutb
qutub quyen raaghib raagini raahil raakin raamis raamiz raashid raatib rabah rabar rabb rabbaanee rabbani rabbiye
rabecca rabee rabiah rabih rabit rachael rachal rachana racheal rachel rachele rachell rachelle rachit rachita racquel
rada radeke radha radhee radhika radi radosław radu raducu rae raeann raed raees rael raelene rafa rafael rafaela rafan
rafay rafał rafee rafeek rafeeq raffaele raffaella raffaellino raffaello rafi rafia rafih rafila rafiq raghav ragheb
raghib raguel rahab rahat raheel raheem rahiye rahma rahmet raimondo raimundo raina raisa rajab rajata rajeshri rakide
raksha raleigh ralph raluca rama ramadan ramadhan ramiro ramon ramona ramonita ramón rana ranae ranbir randa randal
randall randee randell randi randolph ranee ranieri ranveer raphael raquel rareș rashad rasheeda rashid rashida rasul
raul rayaan rayan raye rayford rayla raylene raymon raymond raymonde raymundo rayna razvan razı raúl rea reagan reanna
reatha reba rebbeca rebbecca rebeca rebecca rebecka rebekah rebihat recepali reda redmond reece reena refet refik
refugia refugio regan regena regenia reggie regina reginald regine reginia regulo rehaan rehema rehime reid reiko reina
reinaldo reita relu rema remazan rembrandt remedios remigio remona remus rena renae renaldo renata renate renato renay
renda rene renea renee renetta rengul rengül renita renna renzo rené ressie resulcan reta retha retta reuben reva revza
rex rey reyansh reyes reyna reynalda reynaldo rezin rezzak rheba rhett rhian rhianna rhianne rhiannon rhoda rhona
rhonda rhys ria rian rica ricarda ricardo riccardo ricciotti richard richelle richie rickey ricki rickie ricky rico
ridhi rigoberto rikki riley rima rina risa risalet rishi risper rita riva rivka riya riziki robbi robbie robbin robby
robbyn robena robert roberta robertina roberto robinson robt robyn rocco rochel rochell rochelle rocio rocío rodah
roderick rodger rodgers rodica rodney rodolfo rodrick rodrigo rogelio rohaan rohan rohat roise roisin rojnu roksana
roland rolanda rolande rolando roldan roldán rolf rolland roma romana romanita romanița romelia romeo romina romolo
romona romulo romulus román ron rona ronald ronaldo ronan ronda roni ronith ronke ronna ronni ronnie ronny rono
roosevelt roque rory rosa rosalba rosalee rosaleen rosalia rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn
rosalía rosamaria rosamond rosana rosann rosanna rosanne rosaria rosarie rosario rosaura roscoe roseann roseanna
roseanne roselee roselia roseline rosella roselle roselyn roselyne rosemarie rosena rosenda rosendo rosetta rosia rosie
rosina rosio rosita roslyn ross rossa rossana rossie rotich rowan rowena roxana roxane roxann roxanna roxanne roxelana
roxie roxy roy royce roza rozalia rozanne rozella ruairi ruari ruben rubi rubie rubin rubye rubén rudolf rudolph rudra
rudy rueben rufina rufino rufus ruggero ruggiero ruhide ruhsat ruhugul ruhugül rui rukia ruknettin rumeysa rupert
ruperta ruperto rusen rushil russ russel russell rusul ruth rutha ruthann ruthanne ruthe ruthie ruwaihim ruxanda
ruxandra ruy ryan ryann ryszard régulo rómulo róża rúben rüknettin rümeysa rüşen răducu răzvan rıfkıye saabir saad
saadat saadiq saafir saahir saaiq saajid saal saalih saalim saanvi saaqib saariyah saba sabah sabahat sabas sabatino
sabbir sabeeh sabettin sabih sabihe sabil sabin sabina sabine sabiq sabir saboor sabra sabrina sabur saburah sabır
sacha sachi sachiko sacı sadan sadaqat sadat sade sadeed sadeti sadie sadittin sadiye sadye sadıman safet safii safinaz
safta safura sagcan sagıt sahat sahdiye sahil sahinbey sahinder sahir sahmettin sahnuray sahıgul sai saida saidi saim
sair sairah saire sakip saksham sal salena sali salim salimet salina salkın salley sallie salma salome salomea salomey
salomon salomé salomón salud salurbay salvador salvatore salvi sam samahat samaksh samama samanta samantha samar samara
samarth samatha samella samesh sami samiha samira sammie sammy samson samu samual samuel samurtay samwel sana sanavber
sanaya sancak sancar sancho sanda sandalio sandee sandi sandie sandra sandro sandu sanford sanjuana sanjuanita sanlı
sanora santa santana sante santiago santina santino santo santos sanur sanya sanziana sançar saoirse saood sara sarah
sarai saran sargın sarina sarita sarpkın sarthak sarya sarıcabay sasha saskia sathvik satrettin saturnina saturnino
satıa sau saul saumu saumya saundra sava savak saverio saveta savina savki savni sayan saydam saygın sayin sayrak sayın
sazime saçı sağcan sağıt scarlett scot scott scottie scotty seamus sean seana seanan seaneen seanna sebastian
sebastiano sebastiao sebastián sebastião sebattin sebigul sebigül sebla seblâ sebrina secgul secme seda sedife seema
sefer sefi sefiye segilola segismundo seha sehamet sehel sehreban sehza sejda sekim selaheddin selale selatin selcen
selcuk selena selene seler selime selina selma selmin selvi selâtin selçuk semat semender semenica semine semrin
semsettin semsinisa sena senaida senan sencar sendogan seniha senkal sennur seona seosamh seracettin serafeddin
serafina serah serban serda seref serena serezli serfinaz sergio sergiu sergius serhatmehmet serina serita serma serman
sernur serol servinaz seth setsuko sevcan sevdi sevdinar seve severiano severin severina severino severo sevgen
sevginur sevican sevim sevindik sevket sevketfeza sevla sevsevil seyda seydo seye seyfullah seyhan seyithan seymour
seyyide sezal sezen sezginbas sezginbaş seçgül seçme sha shaban shadrack shae shaina shakia shakira shakita shala
shalanda shalon shalonda shameka shamika shan shana shanae shanda shandi shandra shane shaneka shanel shanell shanelle
shani shania shanice shanika shaniqua shanita shanna shannan shannen shannon shanon shanta shantae shantay shante
shantel shantell shantelle shanti shaquana shaquita shara sharan sharda sharee sharell sharen shari sharice sharie
sharika sharilyn sharita sharla sharleen sharlene sharmaine sharolyn sharon sharonda sharri sharron sharyl sharyn
shasta shaun shauna shaunda shauneen shaunna shaunta shaunte shaurya shavon shavonda shavonne shawana shawanda shawanna
shawn shawna shawnda shawnee shawnna shawnta shay shayla shayna shayne shea sheamus sheba sheela sheelagh sheena sheila
sheilah sheilla sheillah shekoni shela shelba shelby sheldon shelia shella shelley shelli shellie shelly shelton shem
shemeka shemika shena shenika shenita shenna shera sheree sherell sheri sherice sheridan sherie sherika sherill
sherilyn sherise sherita sherlene sherley sherly sherlyn sherman sheron sherrell sherri sherrie sherril sherrill
sherron sherryl sherwood shery sheryl sheryll shiela shila shiloh shinead shira shirely shirl shirlee shirleen shirlene
shirley shirly shivani shivansh shizue shizuko shon shona shonda shondra shonna shonta shoshana shravya shu shyla sian
sid sidar siddharth sidki sidney sidonia sifuna sigfrido signe sigrid sijuade sila silan silanur silas sile silva
silvana silvester silvestre silvestro silvia silvian silviana silvio silviu sima simao simber simeon simi similoluwa
simina simion simisola simiyu simon simona simone simonetta simonne simten simão simón sina sinasi sindy sinead sinica
sinică siobain sioban siobhain siobhan siofra siper sirap sirena sirivan siti sittik siu sixta siya skye slyvia
smaranda sneha socorro sofia sofía sohret soila sokmen solange soledad solma solomon somadina somer sommer somtochukwu
sona sonad sondra songurkan sonia sonja sonnur sonya soo sook sophia sophie sophy soraia sorana soraya sorcha sorin
sorina sosimo souma sowande soydaner soykan soykut soyler soyselcuk soyselçuk sozer spencer speranta speranța stacee
stacey staci stacia stacie stacy stan stana stanca stancu stanford stanisław stanley stanton starla starr stasia stefan
stefana stefani stefania stefanie stefano stefany steffanie stela stelian steliana stella stellah steluta steluța
stepanie stephaine stephan stephane stephani stephania stephanie stephany stephene stephenie stephine stephnie steve
steven stevie stewart stuart suanne suat suayp subomi subutiye sucaettin sudi sudie sudiksha sueann suellen suha suhani
suheyda suk sukri sukufe suleiman sulema suleyla sulhi sultane sumerya sumeyye sumiko sunay sunel suner sunni suphi
susam susan susana susanita susann susanna susannah susanne susen susie susy suvari suzan suzana suzann suzanna suzanne
suzer suzette suzi suzie suzy svetlana swaleh sybil syble sydney sylivia sylvester sylvia sylvie sylwia synthia syreeta
szymon sânziana sérgio sökmen söyler sözer sücaettin süha süheyda süleyla sümerya sümeyye süner süsen süvari süzer sıla
sırriye sıylıhan taahaa taahir taaj taalib taamir taanish taariq taban tabassum tabatha tabetha tabish tabitha taciddin
tacnur tade tadeen tadeo tadeusz tadhg tafazal tagangul tagangül taha tahaw tahawwur taheem tahir tahmaseb tahmeed
tahmid tahoor tahseen tai taial taimur taina taisha taisir taj tajammal tajammul tajuana tajudinn takako takisha talal
talat talayer talha talhah tali talia talib talibe talisha talitha tama tamala tamam tamanna tamar tamara tamatha
tamaydın tambra tameika tameka tamekia tamela tamera tamesha tami tamica tamie tamika tamiko tamisha tammara tammera
tammi tammie tammy tamra tana tanak tanay tanbay tandogdu tandoğdu tandra tandy taneka tanesha tangela tangul tangül
tanhan tania tanika tanish tanisha tanja tanmayi tanna tanpınar tanses tansev tansıg tansığ tanveer tanvi tanya
tanyolac tanyolaç tanyu tanır tara tarah tarak tarancı taren tarfaan tari tarra tarsha tartıs tartış taryn tasar tasha
tashia tashina tasia taskan tasvir tatiana tatu tatum tatyana taunya tawana tawanda tawanna tawkeel tawna tawnya
tayaydın taygan taylak taylor tayna tayyibe tayyip taçnur taşar taşkan teber tecimer tecla ted teddy teea teena teerth
tegan teisha tejas tekbay tekecan tekiner teknaz teksoy telemaco telim telma telmo temeka temidayo temika temime
temirhan temistocle temizkal tempie temucin temuçin tena tenesha tenisha tennie tennille tenvir teo teobaldo teodor
teodora teodoro teodosia teodosio teofil teofila teofilo teohari teona tera tercan tere tereasa terence teresa terese
teresia teresiah teresita teressa teri terica terina terisa terlan terra terrance terrell terrence terresa terri terrie
terrilyn tesha tess tessa tessie tevs teybet tezcan tezol teófila teófilo thad thaddeus thalia thanh thao thea theda
thelma theo theodor theodora theodore theola theresa therese theresia theressa theron thersa thi thomasena thomasina
thomasine thora thresa thuo thurman thuy tia tiago tiana tianna tiarna tiarnan tiberia tiberiu tiburcio ticen tiegan
tien tiera tiernan tierra tiesha tifany tiffaney tiffani tiffanie tiffany tiffiny tigin tijuana tilda tillie tim timea
timika timmy timotei timoteo timothy timurtas timurtaş tina tinca tincuta tincuța tinisha tirdad tisa tish tisha tishk
titilayo tito titus tiziana tiziano tiğin tobi tobias tobiasz tobie toby toccara tod todd todor togan toi toker toki
tokoz toktug toktuğ tokunbo toköz tola tolonbay tolulope toluwanimi toma tomas tomasa tomasz tomeka tomi tomika tomiko
tommie tommy tommye tomoko tomori tomurcuk tomás tomé tona tonda tonette toney tonguc tonguç toni tonia tonicha tonie
tonino tonisha tonita tonja tonny tono tonya topuz tora torel torhan tori toribio torie torquato torri torrie tory
tosha toshia toshiko tova towanda toya toño toğan tracee tracey traci tracie tracy traian tran trang travis treacy
treasa treena trena trent trenton tresa tressa tressie treva trevor trey tricia trina trinh trini trinidad triona
tripti trish trisha trista tristan tristán triveni triya trudi trudie trudy trula truman tsuma tuan tudor tudora
tudorita tudorița tudosia tugcan tugce tugrulhan tugtas tukelalp tula tule tulin tullio tulun tumer tumkurt tunahan
tuncboga tunckılıc tunguc tunguç tunçboğa tunçkılıç turabi turcan turcein turgut turkalp turkmen turknur turlough turvi
tutkucan tutkun tuyet tuyug tuyuğ tuzeer tuzenur tuğcan tuğrulhan tuğtaş tuğçe twana twanda twanna twila twyla tyesha
tyisha tyler tymon tymoteusz tynisha tyra tyree tyrell tyron tyrone tyson törel tükelalp tülin tümer tümkurt türabi
türcan türkalp türkmen türknur tüzeer tüzenur tınal ubaadah ubadah ubaid ubaidah ubaldo ubay ubayd ubaydullah uberto
ubeydullah ubika ucan ucbeyi ucchal ucgul uche uchenna udant udarsh udeen udyati ufukay ugan uge ugo ugolino ugur
ugurkan ugurtan uhban ujunwa ula ulakbey ulfat ulfet ulises ulke ulkudes ulkum ulrike ultan ulu uludag uludağ ulugbey
uluman ulutay uluğbey ulysses umaarah umair umang umar umberto ummahan ummahani umman ummet ummuhan umray umusan
umutcan umuşan una unal unek unlen unnati unni unsever unubol upadhriti upasna upkaar upma uraltay urbano urfettin
urhan urishilla urmi urper urrab ursula urszula urvashi urvi usame usha ushan ustun ute utkarsh utkucan uyanser uygun
uzbay uzer uzsoy uçan uçbeyi uğan uğur uğurkan uğurtan vacibe vada vafir vahar vahittin vaishnavi val vala valarie
valary valda valencia valene valentim valentin valentina valentín valeri valeria valerie valerio valeriu valero valery
vallary vallie valorie valrie valter vamakshi vance vanda vanesa vanessa vanetta vania vanita vanna vannesa vannessa
vansha vanya varenya vargın varlık varsha varvara vasana vasatika vasco vashti vasile vasilica vasilică vasiliki
vasudha vaughn vaysal vecide veda vedant vedat vedhika vedika vefia veis velda velia velitdin vella velma velva vena
venancio venceslas venceslás venera venessa venetta veniamin venice venita vennie venus veola vera verda verde verdell
verdie verena vergie verim verla verlene verlie verline vern verna vernell vernetta vernia vernice vernie vernita
vernon verona veronica veronicah veronika veronique versie vertie verónica vesta veta vezat vezrife vicenta vicente
vicentia vicentiu vicenția vicențiu vickey vicki vickie vicky victoriano victorina victorino victória vida vidal vidhi
vihaan viki vikki vildane vilma vina vinaya vince vincent vincentio vincentiu vincenza vincenzo vincențiu vinicio
vinita vinnie violeta violette viorel viorela viorica viraj virgen virgie virgil virgilio virgina virginia viridiana
visarion visitacion visitación vita vitalis vito vitor vitoria vittoria vittorio vitória vivaan vivan vivian viviana
vivien vivienne vlad vladelina vladimir vlaicu vlădelina voichita voichița voicu von voncile vonda vonnie vrinda
vrishti vritti vyanjana vâlâ víctor vítor waahid waail waajid wachira wadee wadood wafa wafeeq wafi wafiq wafula wahab
wahb wahban waheed wahhaab wahhaaj wai waida wainaina wairimu wakeeta wallace wally walter walton waltraud wamalwa
wambua wambugu wambui wanda waneta wanetta wangari wangila wangui wanita wanja wanjala wanjiku wanjiru wanjohi wanyama
wanyonyi warda warhi warinder warjas warner watika wava waweru waylon wayne wazir weddy wei wekesa weldon wendell wendi
wendie wendolyn wendy wenona werner wes wesley wesonga weston whitley whitney widisha wiktor wilber wilbert wilbur
wilburn wilda wiley wilford wilfred wilfredo wilhelmina wilhemina willa willard willena willene willetta willette
willia william williams willian willie williemae willis willodean willy wilma wilmer wilson wilton winford winfred
winifred winnie winnifred winny winona winston wishi witold wojciech wonda woodrow wriddhish wridesh wur wuraola wyatt
wycliff wycliffe wynell wynona wálter xalak xavier xenia xiao ximena xiomara xiti xobeen xochitl xuan yaa yaaseen
yachana yadavi yadid yadigar yadira yaeko yael yafi yafir yaghnam yagnesh yago yagın yagızkurt yahaira yahsi yahsikan
yahvi yahya yahyaa yahşi yahşikan yaiza yajaira yalazabay yalgın yaltırak yalın yaman yamar yameen yamin yamini yan
yang yanira yankı yaqeen yaqoot yaqub yar yara yargı yasaar yasan yasar yasattin yaseen yasemen yash yashasvi yashawini
yashem yashica yashoda yashodhara yashvi yasin yasir yasmin yasmine yasti yasuko yatan yathrib yatin yauvani yavuz
yawar yawer yayak yazan yazeed yazganalp yazgul yazgül yağın yağızkurt yaşar yaşattin yee yejide yekbun yekda yelena
yelesen yeneral yepelek yer yeraz yergha yertan yesenia yesica yesil yesoob yessenia yessica yetisal yetişal yetta
yetunde yevette yewande yeşil yigit yilmaz ying yochana yoko yolal yolanda yolande yolando yolonda yonetmen yong yoom
yoruc yoruç yoshie yoshiko yoshita yosma youlanda yucel yucelen yuette yug yuki yukiko yuko yulanda yumun yun yung
yunis yunt yuonne yurdanur yurdaser yureed yuri yuriko yurtguven yurtgüven yurtseven yurttas yurttaş yussuf yusuf
yutika yuvraj yvette yvone yvonne yésica yéssica yönetmen yücel yücelen yümun yıldır yıldız yılma zaafir zaahid zaahir
zaakir zabir zablon zac zacarias zacarías zach zacharia zachariah zachary zachery zack zackariya zackary zada zaeem
zafar zafeer zafir zafrul zahaar zaharia zaheer zahfer zahi zahid zahir zahri zahrun zahur zaib zaid zaida zainab
zainabu zaira zaitra zak zakaria zakayo zaliha zamfir zamfira zamir zana zandra zane zansi zara zarar zaraza zarna
zashil zauqi zaweel zayan zayyan zayyir zebirce zehaan zehranur zekayi zelda zelha zella zelma zemzem zena zenaida
zenia zennun zeno zenobia zenovia zerafet zerdad zeride zetta zevlude zevlüde zewad zeynelabidin zeyno zihni zilfa
zilmil zimran zina zinal zinnure zipporah zita ziyaettin zoe zofia zohrehan zoila zola zona zonia zora zoraida zoral
zubeyde zufer zuheyla zula zulbiye zulema zulfuye zulgarni zulma zumre zuwayhir zöhrehan züfer züheyla zülbiye zülfüye
zülgarni zümre áfrica ágata águeda álvaro ámbar ángel ángela ángeles áurea âdem âlemşah ângela ângelo çakar çakırca
çaltı çalım çamok çapkan çavuldur çağa çağdan çağlar çağlasın çağveren çelem çelikkan çelikyürek çerçi çetinsu çeviköz
çevregül çilga çinerk çisem çokan çolpan çopur çoğay çıdal çıvgın édgar érica íngrid íris íñigo óscar öge ökkaş öktürk
ömriye ömür öncel önel öngen önsal örfiye örik öryürek över övün özakan özalpsan özaslan özay özbay özbilek özbilge
özdal özdeş özdil özdoğdu özel özerdinç özertem özge özger özgün özgür özinal özkent özkutlu özlem özlü özokçu özpetek
özpınar özsözlü öztek öztürk özyurt özçam özüdoğru öğet úrsula übeydullah üge ülfet ülke ülküdeş ülküm ümmahan ümmet
ümmühan ümray ünal ünek ünlen ünsever ünübol ürfettin ürper üsame üstün üzer üçgül ğanim łukasz şabettin şadıman şafii
şahat şahdiye şahinbey şahinder şahmettin şahnuray şahıgül şali şamiha şanlı şavki şayan şazime şefi şefiye şehamet
şehreban şehza şekim şelâle şemsettin şemsinisa şendoğan şenkal şennur şerafeddin şeref şerman şevket şevketfeza şeyda
şide şilan şinasi şirivan şuayp şöhret şükri şüküfe șerban ștefan ștefana ștefania
""".split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    /// Given names (373) that are also everyday words ("Will", "Rose"): names only with a surname.
    static let listedGivenNamesThatAreWords = Set("""
abbey aide albino ale alpha amber angel angelic angle ani aria art ascension aura autumn barb barney basil beau bee
bell belle berry beryl bill billy birdie blanch blessing blossom bob bobby bong bonnie bonny brad brain brandy brogan
brook brooks buck bud buddy bunny buster cal camellia canal candy caprice carmine carol carry celesta chad chance
charity chase chastity cherish cherry chi chin christen chuck clay clement cliff colleen comfort conception coral coy
crystal curt dahlia daisy dale dawn dean deb dell delta derrick desire destiny diamond dick dimple dirk divan dolly don
dot dotty drew duke dung dusty earl earnest ebony echo eddy else emerald emery era ester eta eve fairy faith fancy
fanny fawn felicity fern flora florin forest forum foster frank freeman gala gale garland garnet garret gay gene
genesis genie ginger glen glory golden grace grant guy hang hank harmony harry harsh hazel heath heather hector herb
holly homer honey hue hung hunter hyacinth immaculate innocent ion iris ivory ivy jack jade jarred jasmine jasper jay
jewel jimmy job josh joy julienne junior karma ken kit kitty lacy lady lance lane laurel lavender laze lea lean lee
liberty lien lily loan long loot lope lore love lucky mad magnolia major man manual many maple margarita maria marina
marine marlin marquis marry martin marvel mason matt max maxim maxima meg melody merry meta mica mickey mike miles min
miss misty moon myrtle nacho nadir nail newton nick noble noel nova novella numbers olive omega opal over page pansy
paschal pastor pasty pat patience patsy patty peace pearl pearly peg penny phoebe pier pierce ping pinkie piper porter
precious prudence purity raid randy rares raven ray reed rhea rich rick rob robin rocky rod roger rogers romaine roman
rose rosemary rosette rosy ruby rusty sad sage said salami sally sandy sang sari savanna savannah scarlet season see
server sever shad sherry shin sibyl side sierra sol sole son song sonny soon sparkle spring star sterling stormy sue
summer sung sunny sunshine tad tam tan tanner tawny temple tequila terry tiara tiny tom tome tony toy troy valentine
van veer velvet victor viola violet viva wade wadi waldo walker wan warren wen will willow windy winter yaw yen yon
young yuk
""".split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    /// Surnames (41949) that are not everyday words or given names: after a capitalised word, a name.
    static let listedSurnames = Set("""
aaberg aanei aarons aaronson aase aasen ababei abad abadi abadie abair abalos abar abarca abare abascal abasta
abatantuono abba abbadh abbagnale abbamonte abbas abbate abbe abbitt abbott abboud abbruzzese abbs abdelhamid abdiaziz
abdifatah abdikadir abdille abdinoor abdirahman abdo abdow abdulla abdullah abdullahi abee abegg abeita abelar abele
abell abella abellan abellán abels abelson aben abend aber abercrombie aberle abernathy abernethy abeyta abila abild
abiola abitong ables abner abnet abney abolt abood aboraa abplanalp abrafi abrahams abrahamsen abrahamson abramek
abramowitz abrams abramson abrego abreo abreu abrev abrom abron abruzzo absher abshier abshire abston abt abu abuga
abundis aburto accardi accardo accetta acebedo acebo acedo acerbi acero aceto aceuedo acevado acevedo aceves acey
achaorainn acharya acheampong achee achenbach acheson achilles achison achola achor achord achorn acierno acker
ackerley ackerman ackermann ackerson ackiss ackland ackles ackley acklin ackman acoba acoff acord acosta acquaviva
acree acrey actis acton acuff acuna acuña acy adachi adadia adair adamczak adamczyk adame adamek adames adami adamik
adamis adams adamska adamski adamson aday adcock adcox addair addams addario adderley adderly addington addis addison
addy ade adebisi adegbite adegoke adelakun adelman adelson adelstein adelusi ademiluyi ader aderhold aderholt
aderibigbe aderogba adesiyan adetokunbo adeyemi adeyemo adger adhaimh adhastair adhiambo adinolfi adisa adkerson adkins
adkinson adkison adkisson adler adley admas adney adolphsen adolphson adoma adomah adomako adongo adorno adow adragna
adsit adu adusei adutwum adutwumwaa adwell adwubi aegerter aerni aeschliman aeschlimann afanador affolter afirifa
afoakwa afolabi afolayan afonja afrakomaa agan agard agarwal agazzi agbayani agee agena ager aggarwal aghas agin agler
agnello agnesi agnew agosta agostinelli agostini agosto agramonte agrawal agredano agresta agron agtarap aguado aguas
aguayo agudelo agudo aguero aguiar aguila aguilar aguilera aguillard aguillon aguilo aguiló aguinaga aguinaldo aguiniga
aguirre agular agullo aguon agusti agustí agyapomaa agyapong agyare agyei agyeiwaa agyeman agyemang ahart ahearn
ahearne ahern aherne ahl ahlberg ahler ahlers ahles ahlgren ahlquist ahlstrom ahluwalia ahmadi ahmann ahn ahner aho
ahortor ahrendt ahrens ahrenstorff ahrns ahsan ahsing ahuja ahumada ahuna aichele aidicin aidicín aiello aigner aiken
aikens aikin aikins aikman ailes ailin ailor ailpin ailpín ailín aina aindriais aindriu aindriú ainmneach ainsboro
ainsley ainslie ainsworth aiona airchinnigh aird airhart airington airligh airmeas airt aispuro aitchison aitigin
aitigín aitken aitkin ajao ajayi ajello ajewole akana akbar akca akcay akdeniz ake akello aker akerley akerman akers
akerson akey akgunduz akgündüz akhtar aki akinrinola akins akiyama akoaa akoto akowua akpan akre akridge aksu akumu
akyaa akyeampomaa akyeampong akyena akça akçay alabi alaimo alam alameda alamillo alamo alaniz alano alapai alarcon
alarcón alarie alastroim alatorre alaya albaladejo alban albanese albarado albarez albarran albaugh albee alber alberdi
alberding alberg albero alberola albers alberson alberti albertini alberts albertsen albertson alberty albin albiston
alboni albrecht albright albritton albro albu albury albus alcala alcalde alcalá alcantar alcantara alcaraz alcazar
alcina alcivar alcocer alcock alcolea alcon alcorn alcorta alcoser alcott alcántara alcázar aldaco aldama aldana aldape
alday alderete alderson aldinger aldobrandi aldred aldredge aldrete aldrich aldridge aleem alegre alegria alejandre
alejos aleman alemany alemdar alemán alen aleo alequin alers aleshire alessi alewine alexopoulos aley alfano alfaro
alfieri alfonsi alford alfrey algarin alger alghamdi algood aliaga aliberti alicea aliff alighieri alio alioto aliotta
alire alkire allah allain allaire allam allaman allard allaway allbee allbright allbritton allday alldredge allebach
allee allegood allegretti alleman allemand allende allender allendorf allensworth aller allers alles alleyne allgaier
allgeier allgeyer allgood alli alligood allin allinder alling allington allis allman allmhurain allmhúráin allmon
allmond alloway allphin allred alls allsbrook allscheid allshouse allsop allston allsup allton allums alm almada
almagia almagià almagro almaguer alman almansa almanza almanzar almaraz almarez almazan almazán almeida almendarez
almeter almeyda almodovar almon almonte almquist almy aloba aloi aloisio alongi alonzi aloo alosa alpaugh alper alpers
alpert alphin alquicira alred alsina alsip alsobrook alsop alspach alspaugh alston alsup altamirano altavilla altemus
altenburg altenhofen altera alteri alterman altes althaus althauser althoff althouse altice altier altieri altizer
altman altmann altobell altobelli altobello altom altomari altro altschuler aluarez alumbaugh aluoch alvara alvarado
alvardo alvarenga alvares alvarez alvear alvelo alveraz alverez alverio alvernaz alverson alves alvey alvez alviar
alvidrez alvino alvis alviso alvizo alvord alward alwine aly alzate amabile amacher amacker amadon amaker amaldi
amalfitano aman amann amano amante amar amaral amarante amari amarillas amason amat amato amavisca ambani amberg ambers
ambler amborn ambriz ambrosino ambrosius amburgey amburn amedee ameen amelio amell amelung amendola ament amer amerine
amerman amero amerson ames amescua amesquita amey amezcua amezquita amhalghaidh amhlaigh amhlaoigh amhlaoimh amick
amidon amigon amigó amini aminov amiri amis amison ammaniti ammann ammerman ammirati ammon ammons amo amoa amoako
amoakowaa amoanimaa amoasi amodeo amodio amoit amondi amore amores amorim amoros amorose amoroso amorós ampadu ampofo
ampofowaa ampoma amponsa amponsah amrhein amsden amsler amster amstutz amundsen amundson amweg amyot amyx anabadha
anagnos anand anastasi anaya ancheta anchondo ancona ancrum andaya anderberg anderegg anderman anders andersen
andersson anderton andes anding andino andis ando andorful andrade andrae andras andreasen andreotti andreozzi
andrepont andresen andress andreu andrews andrick andries andris andros andrus andry andrzejewska andrzejewski andujar
andujo anello anfinson ang angarola ange angeli angelilli angelini angell angelle angeloni angelos angelucci angerman
angert angevine angiano angiolello angione angis anglada anglemyer anglen anglin angotti angove angstadt anguiano
anguillara anguissola anguita angulo angwenyi angwin anhalt anichini anima anjos ankeny anker ankney ankra ankrom annan
annand annas annen annraoi annsboro anokye anraoi ansa ansari ansboro ansel ansell anselmi ansley ansomaa ansomah anson
anspach anstett anstey anstine antal antczak antelami antenor anthis antilla antillon antkowiak antle antley antolin
antonacci antonelli antonellis antonetti antonini antonioni antonucci antos antrim antuna antunes antunez antwi antwine
antwiwaa antón antúnez anusaigh anwar anyanwu anyona anzaldua anzalone anzualda anzures aodha aodhain aodhchain
aodhchaoin aodhgain aodhgáin aodháin aogain aogáin aoidh aoki aoko aonghais aonghuis aonghusa aparicio apel apfel apgar
apicella apilado apiyo aplin apo apodaca apolo apondi aponte aporti appel appelbaum appell appenzeller apperson appia
appiah applebaum applebee appleberry appleby applegarth applegate appleman applen appleton applewhite appleyard applin
appling aprea apte apuzzo aquilar aquilino aquino aquirre arab aracena aragon aragones aragonés aragón arai araiza
arakaki arakawa araki arambula aramburu arana aranda arango aranjo arant arata araujo araya araújo arb arballo arbaugh
arbeiter arbogast arboleda arbuckle arca arcand arce arcement arceneaux arceo archambault archambeau archambeault
archbold archey archibald archibeque archila archuleta archuletta arciniega arco arcos arcuri ard ardelean ardito
ardoin ardon ardrey arduini arebalo arechiga arehart areizaga arel arellanes arellano arend arender arends arendt arens
arent arenz aresco arevalo arevalos arey argan argenbright argentero argenti argentieri argento argo argrave arguelles
arguello argueta argurio argust ariasso arico arino ariola ariosto arispe arista arita ariza arizmendi ariño arjona
arkell arkin arledge arlington armacost armagost arman armani armas armbrester armbrust armbruster armeli armelin
armellini armendarez armendariz armengol armenta armentrout armer armes armfield armijo armistead armitage armon armond
armor armstead armstong armstrong armwood arn arnaiz arnal arnall arnau arnaud arndt arneecher arnell arner arneson
arnett arney arnhold arno arnone arnot arnott arnow arns arnwine aro aroca arocha arocho aronoff aronowitz aronson
arora arostegui arp arpin arquero arqueta arquette arrambide arranz arras arrasmith arreaga arredondo arregui arreguin
arrellano arrendondo arreola arrey arriaga arribas arrick arrieta arrigo arrington arriola arrison arroliga arrowood
arrowsmith arruda arsenault arseneau arslan arsoy arta artain artale artalejo arteaga artega arter arterberry arterburn
arterbury arthurs artiaga artiga artigas artiles artis artman artrip artuir artz artzer artáin artúir aruizu arvelo
arvidson arvie arvin arviso arvizo arvizu arwood ary arzate arzola arzu arévalo asai asamoa asamoah asano asante
asantewaa asare asaro asato asay asbell asberry asbill asbury asby ascencio aschenbrenner ascher ascolese asebedo
asencio asenjo asensio asenso ashalintubbi ashbaugh ashbrook ashburn ashby ashcraft ashcroft ashe asher ashford ashland
ashline ashlock ashman ashmead ashmore ashurst ashwell ashworth asiama asiedu asieduwaa askari askey askin askins
askren askwith aslan aslanian aslett aslinger asmar asmundo asmus asmussen asper aspinwall asplin asplund asprucci
assad asselin assuncao assunção ast astacio astarita astin astle aston astorga astorino astudillo ata ataa atay
atcheson atchinson atchison atchley atcitty aten atencio ater ates atha athan athans athearn athens atherley atherton
athey atienza atilano atkerson atkeson atkin atkins atkinson atkison atnip attaway atteberry attebery atterberry
atterbury attwood atwal atwater atwell atwill atwood aube auberry aubert aubin aubry aubuchon aubut auclair aucoin aud
audas audet audette audia auer auerbach augello augenstein augsburger auguste augustyn auila auiles aujla aukamp auker
auld aulenti aull ault aultman auma auman aumann aumick aumiller aune aungst aurand auringer ausbrooks ausburn
ausherman ausiello auslander ausley ausmus aust austell austen austill auston austria auten authement autin auton
autrey autry auvil auxier auyeung auyon auzenne avallone avalos avance avans avansino avant avants ave avelar avelino
avella avellaneda avena avendano avent avera averett averette averhart averill averitt aversa aversano avey avila
aviles avilez avilla avilés avina avinger avitabile avitia avogadro awad awadh awalt awbrey awinja awino awodiran
awolowo awong awuah awuor axel axelrod axelson axford axley axson axt axtell axton ayala ayandokun ayars aybar aycock
aydelott ayer ayers ayieko aylesworth ayling ayllon ayllón aylor aylward aymond aynes ayo ayon ayoola ayotte ayoub
ayres ayscue ayuma ayuso azar azcona azevedo azim aziz aznar azorin baade baafi baah baars baawia babati babato babb
babbitt babbo babbs babcock babers babiarz babic babich babin babineau babineaux babington babino babione babst
babtunde babu babyak baca bacaeir bacaer bacca baccam bacchus baccus bach bachand bache bachelder bacher bachicha
bachman bachmann bachmeier bachner bacho bachus bacich backes backhaus backlund backman backmon backstrom backues
backus bacosi bacot bacote bacus badal badalamenti badami badasci badeaux baden bader badgett badgley badia badie
badilla badillo badley badman badoer badoglio badon badour badu badura bady badía bae baehr baek baena baer baez baeza
bagby bagdon bagen bagent bagg baggerly baggett baggio baggott baggs bagheri baginska baginski bagley baglioni bagnall
bagnell bagner bagnoli bagshaw bagwell baham bahar bahe bahena bahl bahm bahn bahner bahr bahri baidh baier baig baik
bailer bailes bailis baillargeon baillie bailon bailor baily bailís baim bain bainbridge baine baines bains bainter
bair baird bairead baires bairos bairéad baisceir baisden baisley baity baiz baiza bajaj bajamonti bajardi bajwa bak
bakare baken bakewell bakke bakken bakker bakley bakos bakshi bal bala balaguer balakrishnan balan balas balash
balasubramani balasubramanian balay balbi balbo balboa balboni balbuena balcazar balcer balch balck balcom balcomb
baldauf baldelli balderama balderas balderrama balderson baldi baldini baldino baldo baldock baldon baldonado baldree
baldridge balducci baldus baldwin balentine balestrieri baley balfour balicka balicki balint balis balistreri
balistrieri balkcom balke balko balla ballagh ballam ballance ballantine ballantyne ballard ballas balle ballengee
ballenger ballentine ballerini balles ballester ballesteros ballew balleza balli balliet balliew ballin ballinger
ballman ballon ballou ballow ballweg bally balmaceda balmer balmes balog balogh balogun balok balon balonek balotelli
balsamo balser balsley baltazar baltes balthazor balthrop baltierra baltimore baltodano baltrip baltz baltzell balzano
balzer bambach bambenek bamber bamberg bamberger bambino bambrick bamburg bame bamford bamidele bamiloye banach banain
banas banaszak banchero bancroft banda bandello banderas bandeville bandi banegas banerjee baney banez banfield banfill
bangert banghart banh bania banik bankert bankes bankhead banko bankston bann bannain bannan bannerman bannon bannáin
banos bansal banta banton banuelos banvelos banville banáin baoigheallain baoighealláin baoighill baoill baptista
baptiste baquero bara baraban barabas baracani baracca barad barahona barajas barakat baral baran baranick baranowska
baranowski baranska baranski barash baratta baray baraza barba barbagallo barbarigo barbarino barbaro barbati barbe
barbeau barbee barberini barberio barbero barberá barbian barbier barbieri barbosa barbour barboza barca barcaccia
barcella barcellos barcelo barceló barcena barcenas barcia barclay barcliff barclift barco barcomb barcus barczak
bardales barden bardin bardo bardon bardsley bardwell barefield barela barella barese baresi barett barfield barfoot
barga bargas bargen barger bargo barham barhorst baria barickman baril barile barillaro barillas baringer barish barkan
barkdoll barkdull barke barket barkett barkhurst barkley barkman barko barksdale barkus barlage barlett barletta
barlette barlow barlowe barmore barna barnaba barnaby barnard barnas barner barnes barnet barnett barnette barneville
barnhardt barnhart barnhill barnhouse barnick barnicle barno barnum barnwell baro barocio baroffio baroid barona barone
barongo baroni baros barozzi barra barracco barraclough barragan barragán barral barranco barras barratt barraza barre
barreda barreiro barrell barrena barrentine barrera barreras barresi barret barreto barretta barretto barrick
barrientes barrientez barrientos barriere barriga barrilleaux barringer barrington barris barritt barrnette barro
barron barros barroso barrs barrus barsanti barsch barsh barska barski barsky barsness barstad barstow barta bartee
bartel bartell bartels bartelt bartgis barth bartha barthel barthelemy barthlow bartholf bartholomay bartholow bartko
bartkowiak bartkowska bartkowski bartl bartle bartlebaugh bartles bartleson bartlett bartling bartlow bartman bartmess
bartnik barto bartol bartoletti bartoli bartolini bartolo bartolomei bartolone bartolotta bartone bartos bartosh
bartoszek bartow bartram bartsch bartunek bartz baruch barun barwick bary barzini baró baróid barón barún bas basa
basadonna basak basaldua basch basco bascom bascomb bascombe basden basemore basey basford basgall basham bashaw bashir
bashor bashore basile basinger basinska basinski baskerville baskett baskette baskin baskins basler basley basnett
basnight basom basque basquez basse bassett bassette bassetti bassford bassham bassin bassler basta bastarache bastian
bastida bastidas bastien bastille bastin baston bastone bastos basu baswell basye bataglia batalla batchelder batchelor
batdorf bateman bateson batey batie batis batista batiste batiz batlle batman bator batra batres batrez batrum batson
batt batta battaglia batte battelli battenfield battersby battershell batterson batterton battey battie battin battis
battista battiste battisti battistoni batton batts baty batz batzer bauch baucom baucum bauder baudoin bauer bauerle
baugess baugh baughan baugher baughman baughn bauguess baugus baum bauman baumann baumbach baumeister baumer baumert
baumgardner baumgart baumgarten baumgartner baumler baur baus bausch bausman bautch bautz bauza bauzà bava bavaro baver
bawa bawek bax baxendale baxley baxter baya bayard bayer bayerl bayes bayles bayless bayley bayliff baylis bayliss
baylon baylor bayly baymon baynard bayne baynes bayo bayon bayona bayot baysinger bayuk bayón bazaldua bazan baze
bazemore bazile bazinet bazzano bazzell bazzi baños beaber beabout beachain beacham beachler beachum beachy beacháin
beadle beadles beagain beagan beaglaoich beagley beagáin beahm beaird beakey beal bealatun beale bealer beall bealle
beals beaman beamer beames beamish beamon beanblossom beane beannuille bearain bearce beardall bearden beardslee
beardsley beare bearnain bearnáin bearra bearse beartlaigh beary bearáin beas beasley beason beaston beasty beataigh
beato beaton beattie beatty beaty beaubien beauchamp beauchemin beauchesne beaudet beaudette beaudin beaudion beaudoin
beaudreau beaudreault beaudry beauford beaufort beaule beaulieu beaumont beaupre beauregard beausoleil beauvais beaven
beazer beazley bebee bebout beccaria beccheria becenti becerra becerril bechard becher bechler becht bechtel bechtol
bechtold becka beckel becker beckerle beckerman beckert beckett beckford beckham beckim beckler beckles beckley beckman
beckmann becknell beckner beckstead beckstrand beckstrom beckum beckwith beckworth becnel becraft becton bedard beddard
beddingfield bedell bedford bedgood bedient bedingfield bednar bednarczyk bednarska bednarski bednarz bedolla bedonie
bedore bedoya bedsole bedwell beebe beebee beecham beecher beechler beecroft beede beedle beedy beegle beehler beek
beekman beeks beel beeler beem beeman beemer beene beerman beery beesley beeson beffa befort befus bega begay begaye
begeman beggan beggs begley begnaud begum behan behar behen behl behler behling behm behn behne behney behnke behr
behrend behrends behrendt behrens behring behringer behrman behrmann behrns behunin beice beichner beidleman beidler
beier beigert beigg beighley beil beiler beilke beilman bein beireach beirgin beirn beirne beisch beisel beisner beitel
beiter beitz beitzel bejar bejarano bekker bela belair belak beland belanger belardo belasco belcher belda belden
belding belew belfield belfiore belflower belford belgarde belgrave belile belin belinsky belisle beliveau belizaire
belk belka belknap bellah bellamy belland bellanger bellantoni bellany bellard bellavance belleau bellefeuille beller
bellerose belletini bellew belli bellido bellin bellinger bellini bellino bellis belliveau bellman bello bellocchio
bellomo bellomy bellon bellone bellucci bellville bellò belmont belmonte belmore belnap belongia belote belser belshaw
belsito belsky belson belton beltram beltrami beltran beltre beltron beltrán beltz belue belville belvin belvins belz
belzer beman bembo bembry bement bemis bemo benally benavent benavente benavides benavidez benbow benbrook bence
benchoff bencivenga bencomo benda bendall bendana bendel bendickson bendixen bendle benedetti benedicto benedix
benefiel benefield benes benesch benesh benet benevento benevides benfer benfield benford benge bengochia bengston
bengtson benham benigni benincasa benites benitez benitz benjamen benkert benko benne bennefield benner bennet bennette
bennetts benney benning benninger benningfield bennington bennion bennis beno benoff benoist benoit benoy bens bensch
bensen benshoof bensing bensinger benskin bensley bensman bente bentler bentley bently bento bentsen bentson bentz
benussi benware benway benyard benyo benz benzel benzer benzing benítez beolain beoláin bequette bera beran beranek
berard berardi berber berberich bercier berdan berenbaum berends berengario berenguer berens berent beres beresford
bergan berganza bergdoll berge bergeaux bergemann berger bergeron bergerson bergeson bergevin bergey bergfeld berggren
bergh bergin berglund bergman bergmann bergner bergo bergoglio bergquist bergren bergsma bergstresser bergstrom berhow
beringer berisford berish berk berke berkebile berkeley berkey berkheimer berkley berkman berkowitz berkshire berland
berlanga berlin berliner berlinger berlusconi berman bermea bermejo bermel bermeo bermingham berminghim bermudes
bermudez bermúdez bern bernacchi bernad bernal bernardez bernardi bernardini bernas bernat bernd berndt berne berner
bernet bernett bernetti berney bernhard bernhardt bernier berning bernini berns bernskoetter bernstein berntsen
berntson bero berquist berra berre berrell berrett berrey berrian berrie berrien berrier berrios berroa berrocal
berryhill berryman berrè bersani berson berstein bertalan bertelsen berthelot berthiaume berthold berti bertin bertini
bertino bertoli bertolini bertolino bertolucci berton bertone bertoni bertran bertrand bertrán bertsch bertsche
bertucci berube berumen berwick berzins besa besaw besch beseau besecker beshara beshears beshero besler besley bessard
besse bessent besser bessette bessey bessler besson bester betances betancourt betancur betcher betesh bethea bethell
bethers bethke bethune betker betsch bettcher bettencourt bettendorf bettenhausen betterton bettes betti bettin
bettinger bettini bettis bettle betton bettoni bettridge betts betz betzen beumer beus beutler bevacqua bevan bevans
bevard bevelle bevens bever beveridge beverlin bevers bevil bevilacqua bevill beville bevington bevins bevis bew bewick
bewley bey beyer beyerlein beyers beyersdorf beyl beynon bezanson bezio bhagat bhailis bhailís bhain bhaird bhaiteir
bhaitéir bhakta bhal bhaldraithe bhalla bhandari bhardwaj bhargava bhasin bhat bhatia bhatnagar bhatt bhattacharyya
bhatti bhavsar bheachain bheacháin bheannuille bheatha bheithigh bhiadhtaigh bhial bhiocaire bhiocáire bhloscaigh bhola
bhosc bhreitheamhain bhreithimh bhriain bhride bhríde bhua bhui bhulbh bhulf bhuí bháin bhál bia biachain biacháin
biagi biagini biagioni biagiotti biaidh bialas bialaszewska bialaszewski bialek bianchi bianchini bianco biasi biasta
biataigh bibb bibber bibbins bibbs bibby bibeau bibee bibler biby bice bichrest bick bickel bickerstaff bickett
bickford bickham bickle bickler bickley bickmore bicknell biddinger biddix biddle bidlack bidrowska bidrowski bidwell
bieber biederman biegler biehl biehle bieker biel bielat bielawska bielawski biele bielecka bielecki bielinska
bielinski biello bielska bielski bien bieniek bienvenu bierbaum bierce bierer bieri bierman biermann bierner biersner
biery bies biesty biffle bigbee bigby bigelow bigford biggers biggerstaff biggins biggs bigham bighorse bigler bigley
bignami bignardi bigsby bihm bii bilagody bilbao bilbo bilbrew bilbrey bilbro bilby bilder bilderback biles bilger
bilgin bilir billa billafuerte biller billick billiel billingslea billingsley billingsly billington billiot billiott
billips billiter billman billotte billups bilodeau bilotta bilotti bilska bilski bilton biltz bilyeu binaghi bindel
bineau bines binette binford bing bingaman binger bingham bingle bingman binion binkley binkowska binkowski binney
binns binsfeld binstock binz bionain biondi biondo biondolillo bionáin biorain biorainn bioráin bir birchard bircher
birchett birchfield birchler birckhead birden birdin birdow birdsall birdsell birdsong birdwell birge birgen birk
birkett birkhead birkholz birkland birkner birks birmingham birn birnbaum birney biro biron biros birt bisbee biscardi
bisceglia bisch bischof bischoff biscoe bise bisel biser bish bisignano bisping biss bissell bisset bissett bissette
bisson bissonette bissonnette bistline biswas bitner bittel bitterman bittick bitting bittinger bittle bittner bitto
bitton bitz bivens biviano bivins bivona biwott bixby bixio bixler bizier bizzell bjelland bjerke bjork bjorklund
bjorkman bjornson bjornstad blaca blackard blackburn blackerby blacketer blackett blackford blackledge blackley
blacklock blackman blackmer blackmon blackmond blackmore blacknall blackshear blacksher blackshire blackson blackstock
blackston blackstone blackwater blackwelder blackwell blackwood bladen blagg blaha blahnik blain blais blaisdell blaise
blaize blakeley blakely blakeman blakemore blakeney blakenship blaker blakes blakeslee blakesley blakey blakley blakney
blalack blalock blan blanc blancarte blancato blanchard blanchet blanchette blanchfield blanck blanco blandford
blanding blando blandon blane blanes blaney blanford blanke blankenbaker blankenbeckle blankenburg blankenship
blankinship blann blansett blanton blaschke blasco blase blaser blash blasi blasingame blasini blasius blasko blass
blassingame blaszak blathmhaic blatt blatter blattner blatz blau blauser blausey blaustein blauvelt blay blaydes
blaylock blazejewska blazejewski blazek blazier blazina blazquez blea bleakley bleau bleazard blecha bleck bledsoe
bleich bleier blenker blenman bleser blessinger blevins blewett blewitt bley blick blickenstaff bligen blincoe blinn
blioscain blioscáin blish blissett blitch bliven bloch blocher blocker blockmon blodgett blogg blohm blom blomberg
blomgren blomquist blondin bloodsaw bloodworth bloomberg bloomfield bloomingdale bloomquist blose bloss blosser blough
blouin blount blowe blowick bloxham bloxom bloyd blubaugh bluemel bluestein bluford bluhm bluitt blum blumberg blume
blumenfeld blumenthal blumer blumstein blundell blunk blurton blust bluth bly blye blystone blyth blyther bláca
bláthmhaic blázquez boada boadi boadu boaga boahen boak boakye boakyewaa boan boardman boarman boase boatemaa boatemaah
boaten boateng boatner boatright boatwright boback bobadilla bobal bobb bobbett bobbitt bobe bober bobic boblett bobo
bobrow bobrowska bobrowski bobst bocanegra bocca boccaccio boccella boccherini bocchino boccia boccioni bocelli
bochenek bock bockelman bockman bockoven bocock bocook bodah bodaicin bodaicín bodden boddie boddy boden bodenhamer
bodenschatz bodey bodhlaeir bodhlaer bodie bodiford bodin bodine bodle bodley bodnar bodner bodo bodoni bodziony boe
boeck boecker boedeker boeding boeger boehle boehlke boehm boehman boehme boehmer boehnlein boeke boelter boemer boen
boeneke boening boer boerboom boerger boerner boersma boes boesch boese boeson boettcher boettger boeve boezio bogacka
bogacki bogacz bogain bogan bogar bogard bogardus bogart bogdon bogen boger bogert boggan boggess boggio boggs bogle
bogner bogren bogucka bogucki bogue bogáin bohac bohall bohan bohanan bohannan bohannon bohanon bohl bohland bohlander
bohlen bohler bohling bohlmann bohm bohman bohmer bohn bohne bohnen bohnenkamp bohner bohnert bohnet bohnsack bohon
bohr bohrer bohringer boiardo boice boike boilard boileau boise boiser boisse boissonneault boissy boisvert boitani
boitnott boito boivin boix bojko bojorquez boke boker bolan boland bolander bolanos bolaños bolden boldin bolding
boldman bolds boldt boldu bolduc boldue boldù bolejack bolen bolenbaugh bolender boler bolerjack boleware boley bolf
bolger bolghuidhir bolguidhir bolich bolick bolin boling bolinger bolivar bolland boller bolles bollig bollin bolling
bollinger bollis bollman bolman bolner bolser bolstad bolte bolten bolter bolton boltz bolyard bolz boman bomar bomba
bomberger bombieri bomgardner bommarito bompiani bon bona bonacci bonadonna bonam bonamico bonanno bonaparte bonar
bonas bonato bonatti bonaventura bonavita bonaya bondi bondumier bondurant bondy bonebrake bonelli bonello bonenfant
bonesteel bonet bonetti bonfield bonfiglio bonga bongiorno bongiovanni bonham bonhomme boni boniello bonifay bonilla
bonin bonine bonini bonino bonk bonkowska bonkowski bonn bonneau bonnell bonner bonnett bonnette bonneville bonney bono
bonolis bonomo bonsall bonser bonsignore bonson bonsra bonsu bontrager bonura bonvillain boocks booe booher bookman
bookout boomer boomershine boomhower boone boonstra boord boose boothby boothe boothroyd booton bopp boquet bor bora
borah boran borba borchard borchardt borchers borchert borda borde bordeau bordeaux bordelon borden bordenet bordes
bordley bordner bordonaro bordoy bordwell borek borel boreland borelli borello boreman boren borenstein borey borg
borge borgen borger borges borgeson borghese borgia borgman borgmann borgmeyer boria borich borjas bork borkholder
borkoska borkoski borkowska borkowski borland borman bormann borneman borner borns bornstein boroff boros boroska
boroski borowska borowski borquez borra borrani borras borreggine borrego borrell borrelli borrero borroel borromeo
borromini borroni borror borruso borrás borsellino borsiere borst bortachain bortacháin borth borthwick bortle bortner
borton bortz boru borucka borucki boruff borum borunda borup borzomi borzomì bos bosak bosarge boscarino bosch boschee
boschert boscia bosco bose boseman bosen boser boshart boshears bosio bosire bosket bosler bosley bosma boso bosque
bosquez bossard bosse bosserman bossert bosshart bossi bossie bost boster bostian bostic bostick bostock boston bostrom
bostwick bosurgi boswell bosworth boteler botelho botella botello bothe bothwell botkin botkins botsford bott botta
bottaro bottcher bottenfield botti botticelli bottiglieri bottigliero botting bottini botto bottomley bottorff botts
botz bou bouchard bouche boucher bouchey bouck boudreau boudreaux bouffard boughner boughter boughton bougie bouie
bouillion bouknight boulanger boulay boulden bouldin boule boulet boulette bouley boullion boulos boulter boulton
boulware bouman bour bourassa bourbeau bourdeau bourdon bourg bourgault bourget bourgoin bourke bourland bourn bourne
bournes bourque bourquin bouse boushie bouska bousman bousquet boutelle boutet bouthot boutilier boutin bouton boutte
boutwell bouvier bouwens bouyer bova bovard bove bovee bovell bowan bowden bowdish bowdoin bowdry bowe bowell bowen
bowens bowerman bowersock bowersox bowery bowes bowie bowin bowker bowland bowlby bowlds bowles bowley bowlin bowmer
bown bownds bowne bowron bowser bowsher bowthorpe bowyer boxell boxley boxx boyan boyden boydston boydstun boye boyea
boyer boyers boyes boyett boyette boyington boyken boykin boykins boyko boylan boyland boyle boyles boyne boynes
boynton boyse boysel boysen boyster boyte boyter boyton boyum boza bozak bozarth boze bozek bozell bozeman bozich
bozman bozzi braaten braatz brabant brabble brabham braboy brabson bracamonte bracamontes bracco bracero bracewell
bracey bracht brack brackeen brackenridge brackens brackett brackin brackins brackman brackney bracy bradaigh bradain
bradberry bradburn bradbury bradden braddock braddy brade bradeen braden brader bradfield bradham bradish bradshaw
bradsher bradstreet bradt bradway bradwell bradáin brae brafford braga bragadin bragaglia bragan bragdon brager bragg
braggs brague braham brahler brahm brahmbhatt brailey brailsford brainard brainerd braithwaite brakebill brakefield
braker braley bralley brallier braman bramante brambila brambilla bramblett brame bramer bramhall bramlett brammell
brammer bramon bramson bramwell brana branam branaman branan branaola brancaccio branche branciforte branco brandau
brandel brandenberger brandenburg brandes brandewie brandis brandl brandley brandner brando brandow brandstetter brandt
brandwein branham branigan branin brank branker brann brannan brannelly brannen branner brannigan branning brannock
brannon brannum branon branscom branscomb branscome branscum bransford branson branstetter branstrom brantley brantner
branton branum branyan braoin braonain braonáin brar brasch brase brasel brasfield brashear brashears brashier brasier
brasil brasington brassard brasseaux brassell brassfield brassil brasuell braswell bratcher brathwaite bratt bratten
bratton braud brauer brault braun braund brauner braunstein brautigam braverman brawley brawner braxton brayboy brayley
brayman braymer brayton braz brazan brazeal brazeau brazee brazel brazell brazelton braziel brazil brazile brazle
brazzell breakey breakfield breanain breanndain breanndáin breasail breaslain breasláin breathnach breau breault breaux
breazeale brecht breck breckenridge brede bredesen bredeson breece breeden breedlove breedon breeland breen breer brees
breese breger bregman breheny brehm brehmer brei breier breiner breisleain breisleáin breit breitbach breitenbach
breitenstein breitling brekke breland brelsford bremer bremmer bremner bren brendel brenden brender brendle breneman
brenes brennan brennecke brenneis brenneman brennen brenner brentson breon brereton brescia bresciani bresee bresett
bresette breshears bresler breslin breslow bresnahan bresnan bresnehan bresse bressette bressi bressler bressman breth
breton brettschneide bretz breuer breunig breuninger brevard brevig brewington brewster brewton brey breyer breyfogle
brezina brezinska brezinski briain brianain briand briano briant brianáin briartaigh bribiesca bric briccialdi briceno
brichese brickell bricker brickey brickhouse brickley brickman brickner brideau bridgeford bridgeforth bridgeman
bridger bridgers bridgewater bridgham bridgman bridgmon bridson bridwell briere brierley brierly brierton bries briese
brigance briganti briggeman briggs brigham brightman brighton brightwell brigman brigmond brignac briles briley brill
brilla brillhart brimage brimer brimhall brimley brimm brimmer brin brindisi brindle brindley brinegar briner briney
bringle brining brinker brinkerhoff brinkley brinkman brinkmann brinkmeyer brinlee brinn brinsfield brinson brinton
briody brion brionain briones brisbane brisbin brisbois brisbon brisby brisco briscoe brisendine briseno briska briskey
briski brislane brisleain brisleáin brislin brison brissette brissey brisson brister bristo bristol bristow britcher
brite brito britsch brittain brittan britten brittenham brittian brittin brittingham britto britton britz briutean
brixey brizendine brizuela briútean broadbent broaddus broadfoot broadhead broadhurst broadie broadnax broadus
broadwater broadway broadwell broady broberg brobst brocato broce brochard brochu brocious brockert brockett
brockington brocklehurst brocklesby brockman brockmann brockmeyer brocks brockway brockwell brodbeck broddy brode
broden broder brodersen broderson brodeur brodhead brodie brodin brodmerkel brodnax brodsky brodt brody broe broeckel
broege broeker broerman brogain brogden brogdon broggini broic broin broithe brokaw brokke brolchain brolcháin broman
bromberg bromfield bromley bronder broner brong bronk bronner bronson bronstein brooker brookes brookhart brookings
brookins brookman brookover brooksher brookshire broome broomes broomfield brophy broschi brose brosh brosious brosius
brosky brosnachain brosnacháin brosnahan brosnan bross brossard brossart brosseau brost brostrom broten brotherton
brott brotzman brough brougham brougher broughton brouhard brouillard brouillet brouillette brouk broun brouse
broussard brousseau brouwer browder brower browne brownell brownfield brownlee brownlow brownrigg brownson brownstein
broxson broxton broy broyhill broyles broz bru bruachain bruacháin bruadair bruadar brubaker brubeck brucato bruch
bruck brucker bruckman bruckner bruder bruderer brueckner brueggeman brueggemann bruemmer bruen bruening bruer bruff
bruggeman brugger brugh brugler brugman brugnaro brugnoli bruhn bruic bruington bruiseal bruiséal brule brulotte brum
brumback brumbalow brumbaugh brumbelow brumby brumer brumett brumfield brumit brumitt brumleve brumley brumlow brumm
brummel brummer brummet brummett brummitt brummond brumsey brun brundage brundidge brundige brune bruneau brunell
brunelle brunelleschi brunello bruner brunett brunetti bruney brungardt bruni bruning brunjes brunk brunke brunkhorst
brunn brunner bruns brunson brunston brunswick brunton brus bruscantini bruso bruss brust bruster brutger bruton brutus
brwon bryand bryars bryd bryden brydges brye bryer brymer bryne bryner bryson brzezinska brzezinski brzoska brzozowska
brzozowski brádaigh bráonáin bréanáin bríonáin brógáin bróithe brún bua buachalla buadha buadhachain buadhacháin
buadhaigh buaile buban bubb bubier bublitz buccellato bucci bucciero bucey buch buchalter buchan buchanan buchannan
buchannon buchanon buchbinder bucher buchheit buchholtz buchholz buchler buchman buchmann buchner bucholtz bucholz
buchta buchwald bucio buckalew buckbee buckelew bucker buckhalter buckhannon buckhanon buckholz buckingham buckland
bucklew buckley bucklin buckman buckmaster bucknam bucknell buckner bucko buckson buckwalter buco bucy buczek
buczkowska buczkowski buda buday budd budde budhlaeir budhram budin budine budlong budney budnick budniewska budniewski
budreau budzinska budzinski bueche buechel buechler buechner buege buehler buehner buehring buel buell buelna buelow
buendia buendía buening bueno buenrostro buentello buerger buescher buesing bueti buettner buffa buffaloe buffett
buffey buffin buffington buffkin bufford buffum bufkin bugarin bugbee bugg buggie buggs bugos buhl buhler buhr buhrman
bui buice buie buikema builteir builtéir buis buist buitleir buitléir buitrago buitron bujnowska bujnowski buker
bukowska bukowski bulfer bulger bulin bulkley bulla bullard bulle bullen buller bullett bullington bullins bullis
bullman bulloch bulluck bulman bulmer bulock bulow bulson bulter bultman bulzoni bumb bumbalough bumbrey bumford
bumgardner bumgarner bumpus bumstead bunce bunde bundi bundick bundren bundrick bundy bungard bunge bunger bunke
bunkley bunn bunnell bunner bunning bunselmeyer bunte buntin bunton bunyard buonauro buono buonocore bupp burak buras
burbach burback burbage burbank burbidge burbridge burby burca burcardo burch burcham burchard burchell burchett
burchette burchfield burchill burciaga burck burczyk burd burda burdett burdette burdge burdick burdin burdine burditt
burdo burdon bure burel burell buren buresh burfield burford burgamy burgan burgard burgdorf burge burgener burgert
burges burgeson burgess burget burgett burggraf burghardt burghart burgin burgio burgman burgo burgoon burgos burgoyne
burgraff burgueno burgy burham burhans buri burk burkard burkart burke burkert burkes burket burkett burkette burkey
burkhalter burkhard burkhardt burkhart burkhead burkholder burkins burkitt burkland burkle burkleo burkley burks burle
burleigh burleson burlew burley burling burlingame burlingham burlison burlock burman burmaster burmeister burmester
burnach burnam burnell burnes burnett burnette burney burnham burnias burningham burnley burnsed burnside burnworth
buroker burow burpee burpo burrage burrell burres burress burrier burrill burrington burris burriss burritt burrola
burrough burroughs burrowes burruel burrus burruss burry burse bursell bursey bursley burson burstein burtch burtenshaw
burtis burtle burtner burts burtt burwell burzynska burzynski busa busack busbee busbey buscemi buscetta busch buscher
buschman buschmann buse busenbark buser busey bushard bushaw bushby bushee bushell busher bushey bushnell bushong
bushorn bushway busic busick busienei buske busker buskey buskirk busler busoni busquets bussard busse bussell busser
bussey bussiere bussmann bustamante bustamente bustillo bustillos bustios busto bustos buswell butala butay butchko
bute buteau butera buterbaugh buth butkovich butkus butland butner butrick buttars butterbaugh butterfield buttermore
butterworth buttimer buttimore buttler buttner buttram buttrey buttry butz butzer buxbaum buxton buzard buzbee buzzell
buzzelli buzzo bwire byam byard byars byas byassee bybee byer byerley byerly byers byfield byford byham byington
bykowska bykowski byler byles bylsma bynes bynoe bynum byram byrant byrd byrge byrn byrne byrnes byrns byrom byrum byun
bywater bácaeir bácaer báez báidh báin bárcena báth béagáin béalatún béarra béataigh béice béireach búrc búrca caba
caballero caban cabanilla cabanillas cabaniss cabatu cabañas cabbagestalk cabbell cabe cabell cabello cabera cabeza
cabezas cabhail cabibbo cabiness cabler cabo cabot caboto cabraigh cabral cabrales cabrara cabrera cabrero cabreros
cabrini cacace caccamise caccavale caccianemico cacciatore caccioppoli cacciotti caceres cachero cacho cacioppo cada
cadain caddell cadden caddow cade cadena cadenas cadenhead cadhain cadhla cadhlaigh cadieux cadigan cadiz cadle cadman
cadmus cadogan cadorette cadorna cadotte cadrette cadriel cadwallader cadwell cady caesar caetani cafarchia cafaro
caffarelli caffee cafferkey cafferky cafferty caffey caffrey cafraigh cafua caggiano cagle cagley cagney cagnin
cagnotto cahalan cahalane cahall cahan cahee cahill cahillane cahn cahoon cahue cai caiazzo caibe caicedo caidin caidín
cail caillier caillouet cailpin cailpín cailín caimbeal caimbeul caimbéal cain caine cainero caines caingne cainnigh
cairbre caireallain cairealláin cairo caironi caiside caisin caisleain caisleáin caislin caison caisse caisín caithir
caithlin caithlín caitigin caitigín cajigas calabrese calabria calabro calahan calaigh calais calame calamia calarco
calatayud calaway calbert calbhaigh calbo calcagni calcagno calcaterra calcote caldeira calder caldera calderaro
calderin caldero calderon calderone calderwood calderón caldwell cale calender calero cales caley calfee calgari
calhoon calhoun cali calica caliendo califano califf caligiuri calise calix calixte calkin calkins callaghan callaham
callahan callain callanain callanan callanáin callas callaway calle callegari callegaro calleja callejas callejo callen
callendar callender callens calleros callery calles calley callicoat callicutt callier callies calligan callihan
callinan callins callis callison callister callon calloway cally calláin calmes calnain calnan calnáin calo calton
calvello calverley calvert calvery calvet calvey calvi calvillo calvo calzada calzado camacho camanni camara camarata
camarda camarena camargo camarillo cambareri cambell camberos cambra cambre cambria cambridge cambron camburn camden
camejo camero camicione camilleri caminiti camino camire camiscione cammack cammarata cammarota cammon campa campagna
campana campanaro campanella campanelli campano campas campbell campeau campell campese campfield campillo campion
campione campise campisi campo campos camposano campoverde campoy campton campuzano camuccini camurcuoglu camuso canada
canaday canady canainn canale canales canali canas canavan canby cancelliere canchola cancilla cancio cancro candanoza
candella candia candler canedo canedy canela canellas canet canete canetta canevari canevascini canez canfield cange
cangelosi cangemi canham canida canil canino canion canipe canizales canizares cann canna cannaday cannady cannan
cannata cannedy cannell cannella canney canniffe cannizzaro cano canova canovas canoy canpos canseco cansler cantara
cantave canterbury cantero cantey cantimori cantin cantley cantoni cantrall cantrell cantrelle cantres cantu cantwell
canty cantón canup cao caoain caobhacain caobhacáin caobhain caobháin caochain caochlai caochlaigh caochlaí caocháin
caodhain caodhla caodháin caoidheain caoidheáin caoile caoileain caoileáin caoillidhe caoilte caoimh caoin
caoindealbhain caoindealbháin caoinigh caoinleain caoinleáin caola caollai caollaidhe caollaí caoláin caomhain
caomhanach caomhanaigh caomháin caomhánach caomhánaigh caona caonaigh caothain caotháin caouette caoáin capa capalbo
capaldi capano caparros caparrós capasso capdevila capecchi capece capehart capel capell capella capellan capello capen
caperton capetillo capitano capito capizzi caplan caple caples caplette capley caplin caplinger caplis capo capobianco
capoccia capone capote capozzi capozzoli capp cappas cappel cappelli cappello capper cappiello capples cappola capps
capra caprio capron capshaw capua capuaigh capuana capuano caputi caputo caquias carabajal caraballo carabello
caracciolo caradine caram carandang caranza caras carasco caravella caravello caraveo carbaire carbajal carbajo
carballo carbary carbaugh carberry carbery carbin carbo carbonaro carbone carbonell carboni carbonneau carbó carcamo
carchi carchidi carcia cardamone cardano cardarelli cardell cardella cardello carden cardena cardenas carder cardiel
cardillo cardin cardinale cardo cardon cardona cardone cardosi cardoso cardova cardoza cardozo carducci cardwell
carello carew carfagna carfora cargile cargill cargle carhart carias carico cariello carignan carillo carini carino
carithers carkhuff carlberg carle carlen carleton carlew carlile carlin carlino carlise carlisle carll carlock carlon
carloni carlow carlozzi carls carlsen carlson carlstrom carlucci carluis carlyle carlyon carmack carmaig carmant
carmean carmer carmichael carmicheal carmickle carmody carmona carmony carmouche carn carnahan carneal carnegie
carneiro carnell carner carnera carnero carnes carnett carnevale carney carnicelli carnine carnley carns caro carocci
carolan carollo carolus carone carosella carosone carothers carow carozza carpaccio carpentier carpentieri carper
carpino carpio carr carra carradine carragain carragher carragáin carraidhin carrain carrales carranco carrano carranza
carrara carrasco carrasquillo carraway carreira carreiro carrejo carrell carreno carreon carrera carreras carrere
carrero carretero carreño carrghamhna carrghamhne carrick carrico carriera carriere carrig carrigan carriger carrigy
carrillo carrington carris carrisalez carrithers carriveau carrizal carrizales carrión carro carron carros carrothers
carrow carroway carrozza carruba carruth carruthers carráin carse carstarphen carsten carstens carstensen carswell
carta cartagena cartain carte cartee cartelli carthaigh carthen carthon carthy cartier cartledge cartlidge cartmell
cartmill cartright cartur cartwright carty cartáin cartúr carualho caruana caruin carullo carun caruso caruthers
carvajal carvalho carvell carvey carville carwell carwile carúin carún casa casada casadei casado casados casady
casagrande casaide casal casale casaleggio casali casalodi casals casanas casanova casanovas casares casarez casarin
casarlaigh casas casaus casavant casazza cascio casdorph casebeer casebier casebolt casella casellati caseres caserta
cashaw cashen cashin cashion cashman cashmore cashon cashwell casiano casias casillas casimir casimiro casini casio
caskey casler casner caso cason casper caspers casperson caspi cass cassada cassady cassano cassar cassara cassarino
cassaro cassarà cassatt cassel casselberry cassell cassella casselman cassels cassen casserley casserly cassese
cassetta casseus cassin cassinelli cassity cassmeyer casso casson cassone castagna castaldi castaldo castaneda
castanedo castaner castano castanon castañeda casteel castejon castejón castel castell castellani castellano
castellanos castelli castellitto castello castellon castellow castells castellucci castelluccio castelló castenada
casteneda casterline castiglia castiglione castile castilla castille castilleja castillo castillon castine castioni
castleberry castleman castlen castner casto caston castonguay castorena castrejon castrellon castrillo castro
castronovo castruita caswell catacutan catailin catailín catala catalan catalano cataldo catalfamo catalá catalán
catanach catanese catania catano catanzarite catanzaro catapano cate catenazzi cates cathail cathain cathala cathalain
cathaláin cathaoir cathasaigh cathbhaid cathbhuadha cathbhuadhaigh cathbhuaidh cathcart cather cathlain cathláin
cathmhaoil catháin catino catledge catlett catlin catmull cato catoe catoire caton catron catt cattaneo cattell
cattigan catto cauble caudell caudill caudillo caudle caudy cauffman caufield caughey caughman caughron caul caulder
cauley caulfield caulkins causby causey cauthen cauthon cava cavagnaro cavalcanti cavalero cavaliere cavalieri
cavallaro cavallo cavaluzzi cavanagh cavanaugh cavanna cavaretta cavazos cavender cavendish caver caverly cavett cavey
cavicchi cavin caviness cavins cavitt cavness cawley cawood cawthon cawthorn cawthorne cay caya cayce cayea cayer
caylor cayton caywood cazares cazarez cazenave cazier cazorla cañas cañellas cañete cañizares cea ceadagain ceadaigh
ceafarcaigh ceallabhui ceallabhuí ceallachain ceallacháin ceallaigh ceallbhui ceallbhuí ceamharcaigh ceanainn
ceannabhain ceannabháin ceannaigh ceanndubhain ceanndubháin ceannduibh ceannfhaola ceannfhaolaidh ceanntabhail ceapog
ceapóg cearain cearbhaill cearbhain cearbhallain cearbhalláin cearbhlain cearbhláin cearbháin cearley cearmada cearna
cearnaigh cearr cearrucain cearruin cearrúcáin cearrúin cearáin ceasar ceaser ceatharnaigh ceballos cebula ceccarelli
cecchini cecena cecere cech ceci cedano cedeno cedillo cedotal cefalu ceide ceidigh ceileachair ceilleachair ceirin
ceirisc ceiriuchain ceiriúcháin ceithearnaigh ceitig ceitin ceitinn ceja cejka celano celaya celedon celentano celestin
celi celis celius cella cellini cena cendejas cendron ceniceros centeno center centers ceochain ceocháin ceoinin
ceoinín ceorais ceothach ceothanach ceothanaigh ceothánach ceothánaigh cepeda cepero cephas cephus ceravolo cerbone
cercone cercy cerda cerdan cerdá cerdán cerezo ceri cerino cerio cermak cerna cerniglia cernoch cerny ceron cerquiglini
cerra cerrato cerreta cerritos cerro cerrone cerruto cerucain cerulli cerullo cerutti cervantes cervantez cervenka
cervera cervone cesa cesario cesaroni cesarotti ceschi cesena cespedes cessna cetin cevallos ceárna cha chabolla chabot
chace chacha chachere chacko chacon chacón chada chadbourne chadburn chadd chaddock chadha chadwell chaffee chaffin
chaffins chafin chafins chagnon chagolla chagoya chahal chai chaidez chaires chairez chaisson chait chakrabarti
chakraborty chalfant chalifour chalifoux chaligoj chalker challender challis chalmers chaloux cham chamberland
chamberlin chamblee chambless chambley chamblin chambliss chamlee chamness chamorro champa champine champlin champman
champney champoux chancey chand chander chaney changawa chanin chanley channell chao chaoin chapa chaparro chapdelaine
chapell chapelle chapin chaplin chapman chapnick chappel chappell chappelle chapple chaput charboneau charbonneau
charbonnet chard charest charette chargois charland charlebois charleston charlesworth charlot charlton charney charon
charpentier charpia charrier charron chartier chartrand chason chasse chastain chasteen chastine chatain chatelain
chatfield chatham chatman chatmon chatterjee chatterton chattin chatáin chaudhari chaudhary chaudhry chaudhuri chaudry
chauez chauhan chausse chauvin chavaria chavarin chavarria chavera chavers chaves chavez chaviano chavira chavis
chavous chawla chea cheadle cheairs cheara cheatam cheatham cheatom cheatum cheatwood chebii cheboi chebon checa chechi
checketts cheda chee cheema cheeseman cheesman cheetham cheever cheeves chehab chehebar cheirs chelagat chelette
chelimo chelton chemtai chemutai chen chenail chenangat chenard chenault chenette chenevert cheney cheng chengo chenier
chennault chenoweth cheong chepchirchir chepchumba chepkemboi chepkirui chepkosgei chepkurui chepkwemoi chepkwony
chepngeno chepngetich cheptoo cheramie cherian cherico chermak chern cherne cherney chernoff chernow cherono cherop
cherrington cherubini cherutich cheruto chesang chesbro chesebro chesher cheshire chesire chesla chesley cheslock
chesney chesnut chesnutt chesser chesson chesterman chestnutt cheung cheuvront chevalier chevas chevere cheves chevez
chevrier chewning cheyech cheyne chhabra chhoun chiang chiappetta chiaramonte chiarella chiarello chiarini chiasson
chica chichester chickering chico chicoine chidester chieffo chiem chien chiesa chigi chihuahua chilcote chilcott
chilcutt childers childres childress childs chiles chillemi chillis chilson chilton chima chimenti chindamo chinen
chinn chinnici chiodo chiou chipley chipman chipps chirchir chirico chirino chirinos chisholm chisler chisley chism
chisolm chisom chisum chittenden chittick chittolini chittum chitty chitwood chiu chivers chiverton chizmar chladek
chloig chmiel chmielewska chmielewski chmielowiec chmura cho choat choate choda choe choi choille choiniere choinnigh
chojnacka chojnacki chokshi chol cholewa choma chomba chomhghaill chon chopra choquette chou choudhary choudhry
choudhury chouinard choung chouteau chovanec chowdhury chowning choy chrest chretien chrisco chrisman chrisp christ
christain christenberry christensen christenson christesen christeson christiani christiano christians christiansen
christianson christion christison christley christman christmann christner christo christoff christofferse
christofferso christon christophe christopherse christopherso chronister chrosain chrostowska chrostowski chrosáin
chrusciel chrysler chrzanowska chrzanowski chua chuang chubb chugg chui chukwu chumba chumbley chumley chumo chunn
chupka chupp churchill churchwell chynoweth ciabhain ciabháin ciaburri ciampa ciampi cianaigh cianain cianci ciancio
cianciolo cianflone ciani cianáin ciaragain ciaragáin ciaraigh ciarain ciarba ciardha ciardhubhain ciardhubháin
ciarmhacain ciarmhacáin ciarmhaic ciarucain ciaráin ciarúcáin cibhil cibin cibrian cicala cicalese cicchetti
cicciarelli ciccone cicero cichocka cichocki cichon cichy cicilia cid ciejka cienfuegos ciesco ciesielska ciesielski
ciesla cieslak cieslik ciesluk cifaldi cifelli cifuentes cignaroli cilea cilibrasi cill cillartrain cillartráin cilley
cillin cillo cilltrain cilltráin cillín cimaglia cimarosa cimini cimino cimmino cina cincotta cinelli cinneide cinneir
cinnseala cinnseamain cinnseamáin cinnéide cinnéir cinque cintora cintron ciobhain ciobhanaigh ciocca cioffi ciolek
ciollabhain ciollabháin cioltrain cioltráin cionnaigh cionnaith cionnfhaola ciorain cioráin ciosain ciosog ciosoig
ciosáin ciosóg ciothaigh ciothog ciothóg ciotti cipolla cipollone cipriani ciraolo ciraulo cirelli ciriello cirigliano
cirilo cirric cirrincione cirullo cisco ciskowska ciskowski cisnero cisneros cisowska cisowski cissell cistrunk citino
ciufo ciuinin ciulla ciurtain civaschi civils ciúinín ciúrtáin claar claassen clabaugh claborn clabough claeys
clafferty claffey claflin clagett clagg claggett clagon claiborne claimhin claimhín clairday clairmont clampitt clance
clancey clancy clanton claochlai claochlaoigh claochlaí claonain claonáin clapham clapp clarach clardy clarida claridge
clarke clarkin clarkson clarno claro clary clasby clasen clason classen classon clatterbuck claunch claus clausell
clausen clausi clausing clauson clauss claussen clavero clavette clavin clawson claxton claybaugh clayborn clayborne
claybourn claybourne claybrook claybrooks clayburn claycomb claypool claypoole clayson claytor claywell clearo cleary
cleaveland cleavenger cleckler cleckley cleckner cleek cleere clegg cleghorn cleir cleirchin cleireachain cleirigh
cleland clelland clem clemans clemens clemenson clementi clements clemmer clemmons clemon clemons clenaghan clendaniel
clendenen clendenin clendening clendenon clenney clennon clepper clerkin clermont clery clevenger clevinger clewell
clewis cliburn clickner cliett cliffe clift climer clinard cline clinebell clines clingan clingenpeel clinger
clingerman clingman clinkenbeard clinkscales clinten clippard clisham clizbe clocharta clochartaigh clochasaigh
clodfelter cloer clogherty clogston cloherty clohessey clohessy cloke clonch cloney cloninger clonts clontz cloonan
cloone clooney clopper clopton clore closs closson clough clougherty clouse clouser clouthier cloutier clovis clow
cloward clowdus clower clowers clowney clowser cloyd cluanaigh cluanain cluanáin clubb clucas cluckey cluff clugston
cluin clukey clum clumhain clunain clune clure clute clutts cly clyatt clyburn clymer clyne clárach cléir cléirchín
cléireacháin cléirigh clúin clúmháin clúnáin cnaimhin cnaimhsi cnaimhsighe cnuachain cnuacháin cnáimhsighe cnáimhsí
cnáimhín coache coad coady coakley coale coan coard coardi coate coates coatney coaxum cobarrubias cobb cobbett cobbin
cobbins cobbley cobbs coberly cobey cobhthaigh cobia cobian cobine coble coblentz cobler cobo cobos cobourn coburn coby
coca cocanougher coccia cocco cochell cochlain cochláin cochran cochrane cochrum cociarelli cockayne cockburn cocke
cocker cockerham cockett cockfield cocklin cockman cockram cockrell cockrill cockrum coco coday codd coddington coder
codere coderre codina codner coe coelho coello coen cofer coffelt coffey coffie coffield coffland coffman cofield
cogain cogan cogar cogburn cogdell cogdill coger coggeshall coggin coggins coghill coghlan cogill cogley cogliano
cogswell cohalan cohan cohea cohee cohen cohenour cohill cohn coholan cohoon cohron cohrs coighin coigil coigligh coile
coileain coileir coileáin coiligeain coiligeáin coiligh coilin coillin coillte coillín coiléir coilín coimin coimín
coincheanainn coineain coineoil coiner coineáin coineóil coinghealla coingheallaigh coingheallá coinghialla
coinghiallaigh coinghiola coinghíola coinin coinne coinneachain coinneacháin coinneain coinneir coinneirtinne coinner
coinneáin coinnich coinnigh coinnin coinnleain coinnleáin coinnéir coinnér coinnín coinín coirbin coirbín coirnin
coirnín coiro coisdeala coisdealbha coisteala coistealbhaigh coit coitir coitirigh coker cokley colaizzi colan
colangelo colantonio colantro colantuono colarusso colasurdo colatruglio colaw colbath colbeck colberg colbert colburn
colclasure colclough coldiron coldivar coldren coldwell colegrove colella colello colemon colen coles coleson coletti
coley colfer colgan colgate colgin colgrove colhoun colina colindres coll colla collado collaigh collain collarain
collard collaráin collata collazo colledge collelo colleneler coller colleran collet collett colletta colletti colley
colli colligan collina collinder colling collings collingsworth collington collingwood collinson collinsworth collis
collison colliver collman collodi collom collopy collum collura colly collyer collymore colláin colmain colmenares
colmenero colmáin colom coloma colomb colombo colomer colone colonna colorado colosi colosimo colpitts colquitt
colreavy colson colston colten colter coltey coltharp coltrain coltrane colucci coluim columbia columbo colunga colvard
colville colvin colwell colyer comacho comain comair coman comar comartun comartún combee comber combes combest combi
comboni combre comeau comeaux comencini comerford comeriato comhdhain comhghaill comhghain comhrai comhraí comins
comiskey comisky comisso comito comley comly commins comni comní como comolli comp compher compton comstock comyn
comáin conacha conagail conaill conain conaire conallain conallta conalláin conamha conant conaola conaonaigh conarain
conard conary conaráin conatser conaty conaway conba conbha conbhae conbhai conbhaigh conbhaí conbhuaidh conbhui
conbhuidhe conbhuí conbhá conboy conbá concannon concharraige conchobhair conchoille conchradha conchubhair conchuir
conchúir conde condello conder condict condie condit conditt condoleo condon condra condren condrey condron condry
conduff conduibh condun condún conedy conefrey conelli conely conerly conesa coney confhaola conforti confraoich cong
congail congdon conger conghaile conghamhna congleton congo conigliaro coniglio conine conkel conkey conkle conklin
conkling conkwright conlain conlan conleagha conlee conley conleágha conlin conlisk conlon conluain conláin conmara
conmee conmhachain conmhacháin conmhai conmhaidhe conmhaoil conmhaí conmhaídhe conmhui conmhuí conmi conmy conmí
connachain connachtaigh connachtain connachton connachtáin connacháin connaghy connaigh connain connallta connally
connard connaughton connbhui connbhuí connchamhain connchamháin conneeley conneely connellan connelley connelly connely
conner conners connerton connery connett connghamhna connick conniff connmhachain connmhacháin connmhai connmhaigh
connmhaí connoil connol connole connollaigh connolly connon connors connuchain connáin connóil connól connúcháin conoil
conole conolly conover conra conrach conran conraoi conree conrow conroy conry consaidin consaidín consalvo considine
consiglio consla consolini consolo constante constantine constantino consuegra contarini conte conteh conteras conthra
conti contini contois contos contra contrafatto contreas contreras conuchain convery conway conwell conwill conyer
conyers conzemius conáin conámha conóil conúcháin coody coogan cooke cookingham cooksey cookson coolahan coolbaugh
cooley coolidge coolman coombe coombes coombs coomer coomes coonan coone cooney coonrod cooperman coopersmith coor
cooter coover copas copass copeland copelin copeman copen copenhaver copening copher coplan copland coplen copley
coplin coplon copp coppa coppage coppedge coppin coppinger copple coppock coppola coram corathers corbacho corbain
corban corbeil corbell corbet corbett corbin corbitt corbo corbridge corby corbáin corchado corcora corcorain corcoran
corcoráin corcos corda cordaro cordeiro corder cordero cordes cordier cordle cordner cordoba cordova cordoza cordray
cordrey cordts corduff cordy corea coreas corella coria coriell corigliano corish corker corkern corkery corkill
corkran corkum corl corlaigh corle corless corlett corlew corley corlu cormacain cormacáin cormaic corman cormany
cormican cormick cormier cormy cornejo cornelison cornett cornette corney cornforth cornick corniel cornish cornman
cornutt cornwall cornwell corominas coronado coronel corpening corporan corprew corpuz corr corra corrachain corracháin
corradain corradi corradino corradáin corragain corragáin corraidh corraidhin corraigh corrain corrales corrao
corrdhuibh correa corredor correia correira correll correr correra correy corrghamhna corridan corriere corrigan
corriveau corry corráin corsaut corse corsi corsini corso corson cort corter cortes cortese cortina cortinas cortner
cortright cortés corum corvino corwin coryell corzine corzo cosain cosby coscair coscia cosentino cosenza cosey cosgair
cosgrave cosgriff cosgrove cosio cosner cosper coss cossairt cosselman cossette cossey cossiga cossio costa costagain
costagliola costagáin costales costalonga costanza costanzi costas costella costello costelloe coster costigan costilla
costillo costilow costley costner coston cosáin cota cotham cothern cothran cothren cothron cotner cotnoir coto cott
cotta cottam cotten cotterell cotterman cottier cottingham cottle cottman cotto cottom cottone cottrell cottrill coty
couchman coudriet couey coufal coughlan coughlin couillard coull coulombe coulson coulston coult coulter coulthard
counce councill counihan counselman counterman courcey courchesne cournane cournoyer coursey courson courtemanche
courtenay courter courtois courtright courville coury cousain cousar couse cousens cousineau cousino coutch coutcher
coutee couto couts coutts coutu couture couturier couvertier couvillier couvillion couzens covalt covarrubias covel
covell covelli covello coverdale coviello coville covin covington cowan cowans cowart cowden cowdrey cowell cowely
cowen cowens cowger cowgill cowher cowherd cowick cowie cowin cowles cowley cowman cowsert coxe coxon coyan coykendall
coyle coyne coyner coyt cozad cozar cozart cozby cozier cozza cozzi cozzolino crabb crabbe crabbs crabhain crabill
crable crabtree cracchiolo crace cracraft craddock cradduck crader crafford crafton crager cragg craghead cragle crago
crahan craib craibhin craidheain craidheáin craigen craighead craigo craigue crail crain craine craith crall cramer
crampsey crampsie crampton crance crandall crandell crandle craner craney cranfield cranfill cranford crangle cranley
cranly cranmer cranor cranshaw cranston craobhain craobháin crapo crary crasco crase cratic craton cratty craun craver
cravey crawford crawley crawshaw craycraft crayne crayton creach creadaigh creag creagain creager creagh creagáin crean
crear creary creaser creasey creasman creason creasy crecelius credle cree creech creeden creedon creegan creekmore
creekmur creese cregan creger crego crehan creighton creimin creimín cremar cremeans cremeens cremer cremin cremona
cremonesi crenshaw crepeau creps creque cresci crespi crespin crespo cressey cressman cresswell cressy creswell crete
creveling crevier creviston criado criagain criagáin cribb cribbin cribbons cribbs crichlow crichton crickmore criddle
crider criger crigger crigler crilly crim crimi crimin crimmins crimín criner crinion crinklaw criodain criogain
criomhthain crionain criostoir criostuir criostóir criostúir cripe crippen cripps crisafulli crisci criscione crisco
criscuolo crisler crislip crisman crisostomo crispell crispi crispin crispino criss crissman crist cristaldi
cristoforetti criswell critchfield critchley critchlow critelli crites crittenden crittendon crittle critton critz
critzer crivello croal crocco croce crocker crocket crockett crodhal croes croff crofford crofoot croft crofton croghan
crohan croidheain croidheáin croil croinin croithin croithín croke croker croley croll crolly crom cromartie cromer
cromie cromley crompton cromwell cron cronallaigh cronan cronelly croney cronghaile cronin cronk cronkhite cronly
crooke crooker crookshanks croom crooms cropp cropsey crosain crosbie crosby crose croshaw croskey crosland crosley
croslin crossan crossen crossett crossfield crossgrove crossin crossland crossley crosslin crossman crossno crosson
crosswell crosswhite croston croswell crosáin crota crotaigh croteau crothers crotteau crotts crotty crotzer croucher
crouse crouser crout crowden crowder crowe crowell crowford crowl crowley crowner crownover crowson crowston crowther
croxton croy croyle cruachain cruacháin cruadhlaoich cruce cruchain crucháin crudden crudo crudup cruickshank
cruikshank cruis cruitin cruitín crull crum crumbley crume crumley crumm crummey crump crumpler crumpton crumrine crunk
crupi cruse crusoe crutcher crutchfield crutchley crute cruzado cruzan cruze cryan cryderman cryer crysler crytser
crábháin cráibhín créadaigh créagáin críodáin críogáin críonáin cródhal cróil cróinín crónallaigh crónghaile crúis
csaszar cuacach cuadra cuadrado cuadros cuag cuagain cuagáin cuaig cualain cualáin cuana cuanachain cuanacháin cuanaigh
cuanain cuanna cuannaigh cuanáin cuarnain cuarnáin cuarta cuba cubas cubbage cubbison cubero cucchiara cuccia cuch
cucinella cucuzza cuda cudd cuddihy cuddy cude cudjoe cudmore cudney cudworth cuellar cuello cuen cuenca cuervo cuesta
cueto cueva cuevas cuffe cuffee cuffie cugia cugini cuideagain cuideaganaigh cuideagáin cuideagánaigh cuidithe
cuigeannaigh cuileamhain cuileanain cuileannain cuileannáin cuileanáin cuilin cuilinn cuill cuilleain cuilleáin cuillin
cuilliu cuilliudha cuilliú cuillín cuilriabhaigh cuilín cuimilin cuimilín cuimin cuimín cuineain cuineáin cuinn
cuinneachain cuinneacháin cuinneagain cuinneagáin cuinneain cuinneir cuinneáin cuinnleain cuinnleáin cuinnéir cuirc
cuireain cuireáin cuirleain cuirleáin cuirnin cuirreain cuirreáin cuirrin cuirrín cuirteir cuirteis cuirtéir cuirtéis
cuise culachain culain culberson culbert culberth culbertson culbreath culbreth culhane culkin cullaigh cullen cullens
culler cullers culley culligan cullinan cullinane cullins cullison culliton cullom cullop culloty cullum cully culotta
culp culpepper culton culver culverhouse culwell cumascaigh cumbee cumber cumberbatch cumberland cumberledge cumbie
cumbo cumby cumhail cumhaill cumings cumiskey cumisky cummingham cummings cummins cummiskey cummisky cumpston cun cuna
cundari cundiff cunduin cundun cuneo cung cunha cunliffe cunnaidh cunnane cunneen cunniff cunniffe cunnigham cunningham
cunnington cunny cunuin cunun cuny cuomo cuozzo cupit cupp cuppernell cuppett cupples cupps cura curatoli curatolo
curbelo curboy curci curcio curdaigh curenton curet cureton curfman curiel curington curle curlee curley curlin curnain
curnane curneen curney curnow curnutt curnutte curnyn curraidh curraidhin currain curran curraoin curren currence
currens currey currie currier currin currington curráin cursa curtice curtin curtiss curtner curto curts curtsinger
curtáin curvin curz cusack cusano cush cushenberry cushing cushman cusic cusick cusimano cusson custer custis cusumano
cutcher cutchin cuthbert cuthbertson cutillo cutler cutliff cutlip cutrell cutrer cutright cutrufo cutsforth cutshall
cutshaw cutsinger cutten cutts cutuli cutwright cuyler cuzzocrea cuéllar cybart cybulska cybulski cygan cypert cyr
czaja czajkowska czajkowski czapla czaplinska czaplinski czarkowska czarkowski czarnecka czarnecki czech czekanska
czekanski czerwinska czerwinski czyz cába cáceres cádáin cámara cánovas cápa cárdenas cárthaigh céadagáin céadaigh
céide céidigh céileachair céilleachair céirín céitig céitinn céitín cérúcáin céspedes cíobháin cíobhánaigh cíoráin
cíosóg cíosóig círríc cógáin cómair córdoba córrain cózar cúilriabhaigh cúirnín cúise cúlacháin cúláin cúndúin cúndún
cúnúin cúnún cúrnáin cúrsa daako daakoaa dabadie dabbs dabhain dabhoireann dabhrain dabhráin dabháin dabney dabrowska
dabrowski dacanay dace dacey dacosta dacpano dacquel dacruz dacunha dacus dacy dada dadamo dadd daddario daddio daddona
dade dadlani daeid daffin daffron dafoe dagan dagane dagel dagen dagenais dagenhart dagg daggett daggs daghnain
daghnáin dagley dagnan dagostino dague dahan dahir dahl dahlberg dahle dahlem dahlen dahlgren dahlin dahlke dahlman
dahlquist dahlstrom dahm dahman dahmen dahmer dahms dahn dai daibheid daibhid daibhidh daibhin daibhis daibhíd daibhín
daid daigle daignault daigneault daigre daiken dail dailey dailing daimhin daimhín dain daise daisley dakan dake dakin
dala dalaigh dalal dalba dalbec dalbey dalby dalen daleo dalere dalessandro dalessio daley dalgleish dalin dalke dall
dalla dallaire dallape dallapé dallara dallavalle dalleva dalley dallman dallmann dalman dalmau dalo daloia dalpiaz
dalrymple dalsanto daltun daltún daluz daly dalzell dalziel damas damato dambrosi dambrosia dambrosio damelio dameron
damewood dami damiani damico damm dammann dammeyer damore dampeer dampier damron danachair danaher danahy dancause
dancel dancy dando dandolo dandrade dandrea dandridge dandurand danek danford danforth dang dangelo dangerfield dangler
danh danials danielovich daniels danielsen danielson danis dankert danko danks danley dannenberg danner dano danos
danowska danowski dansby danser dansereau dansie danso dant dantin danton dantonio dantuono dantzler danz danzer
danziger danzy dao daochain daoda daola daoust dapolito daprile daquila daquilante daquino dar darbonne darbyshire
darcangelo dardar darden dardis dardon darensbourg dargain dargan dargie dargáin dari daris darity darko darland darley
darlington darmody darnall darner darocha darosa darr darrah darrigo darrington darrisaw darrough darrow darsey darsow
darst darter dartez dartt darty darville darvin darwish dary das dase dasey dasgupta dasher dashiell dashnaw dashner
dasilva dass dato datson datt datta dattilo datz dau daubenspeck dauberman daubert dauenhauer dauer daughdrill
daughenbaugh daugherty daughety daughtery daughton daughtrey daughtridge daughtry daulton daum dauphinais dauria daus
dauzat davalos davanzo davern daves davey davi davids davidson davie davies davila davilla davino davison davisson
davitt davoren davy daw dawdy dawe dawes dawkins dawley daws dawsey dawson dayal dayan daye dayhoff dayley dayton daza
dazey dea deacair deacy deadaigh deaderick deadwyler deady deaganaigh deagha deaghdha deaguiar deagánaigh deak deakin
deakins dealba deale dealy deanda deaner deangelis dearain dearborn dearden deardorff deargain deargáin dearing
dearmada dearman dearmas dearment dearmitt dearmond deary dearáin deas dease deasmhumhna deason deasy deatherage
deatley deaton deats deaueroux deaver deavers deaville debartolo debelak debell debellis debenedetto debernardi deberry
debiase debiasi deblanc deblasio deblois debnam debo deboard deboe deboer debois debold debolt debonis debord deborde
debose debow debrito debruce debruin debruyn debus debusk decambra decarlo decaro decastro decato decatur decelles
decena decesare dechant dechick decicco deckard decker deckert deckman declue decola decook decosta decoste decoster
decoteau decoursey decuir dedeaux dederick dedios dedman dedmon dedrick deeb deeg deegadan deegan deehan deel deeley
deely deemer deen deener deeney deeny deere deering deerman deery dees deese deeter deets deetz defalco defazio
defelice defenbaugh defeo deffenbaugh defibaugh defilippis defilippo defino defoe defoor deford defore deforge defrance
defrancesco defrancisco defranco defrank defreese defreitas defries defusco degaetano degarmo degen degenhardt
degennaro degeorge degeyter degiacomo degidio degiorgio degnan degner degraaf degracia degraff degraffenreid degrate
degrave degraw degreenia degregorio degroat degroff degroot degruy deguzman dehaan deharo dehart dehaven deherrera
dehmer dehn dehne dehner dehnert dehoyos deibel deibert deibler deid deide deigan deignan deihl deinert deines
deininger deirg deis deise deiseach deisher deisigh deitch deiter deitrich deitrick deitsch deitz dejarnett dejarnette
dejean dejesus dejohn dejong dejonge dejongh dejulio dekker dekle dekok dela delacerda delacruz delacy delafuente
delagarza delahanty delahoussaye delahoya delahunty delair delamar delamater delamora delancey delancy deland delaney
delange delangel delano delanoy delany delao delap delapaz delapena delapp delara delarge delargy delariva delarosa
delatorre delatte delaughter delaune delaurentis delavega delawder delbosque delbridge delcambre delcastillo delcid
delcour delduca deledda delee deleeuw deleo deleon delfavero delgadillo delgado delgardo delgatto delgiudice delgrande
delgreco delgrosso delhoyo delillo delima deline delio delira delisi delisio delisle deliz delk delker delle deller
delley delli dellinger dellucci delman delmonico delmont delmonte delnero deloach deloatch deloe deloera deloney delong
delorbe delorenzo delorey delorge delorme delosantos delosh delosreyes delosrios delossantos deloughrey deloughry deloy
deloye delozier delp delph delpino delpozo delprete delpriore delreal delrio delrosario delsignore deltoro deluca
delucas delucca delucchi delucia deluna delva delval delvalle delvecchio delvillar delzell delzer demaio demange demar
demarais demaray demarco demaree demarest demaria demario demaris demark demars demarsico demartini demartino demary
demas demasi demastus demateo dematteis dematteo demattos demay demayo demby demchak demel demello demelo dement demeo
demerchant demeritt demers demery demeter demetriou demetro demeyer demicco demichele demick demille deming demint
demir demirel demirjian demko demma demmer demming demonbreun demond demont demora demore demorest demoss demott
demoura demoya demps dempsey dempster demshar demska demski demus demuth demyan denard denardi denardo denault denbow
denby dendy denes deng dengler denham denherder denicola denihan denike denison deniston denk denker denkins denley
denman denmark denmon denn dennard denne dennehy dennen denner dennett denney dennie denning dennison denniston denno
deno denoble denogean denoon denoyer densley denslow densmore denson dente dentler denton dentremont denzer denzler deo
deol deoliveira deoraidhin deorain deorio deoráin depalma depalo depaola depaoli depaolo depasquale depaul depauw depaz
depedro depero depew depina depinto depolo deponte depp deppe deppen deppner depriest depue depuy der deramus deras
derbyshire deremer derenzo derickson dering derise derita derk derksen dermody dern deroberts deroche derosa derose
derosia derosier deross derossett derouen derouin derousselle derr derrickson derrico derrig derrigo derrington derrow
derry derryberry dersch dershem dertinger derusha deruyter dery desai desalvo desanti desantiago desantis desanto
desautels desbiens desch deschaine deschamp deschamps deschenes deschner descoteau descoteaux desena deserio desfosses
deshaies deshay deshazer deshazo deshields deshmukh deshon deshong deshotel deshpande desilets desilva desimone desio
desir desjardin desjardins deskin deskins deslatte deslauriers desmarais desmet desnoyers desormeaux desoto desousa
desouza despain despard desper despres desroberts desrochers desroches desrosier desrosiers dess dessecker dest
destasio destefano desvergnes detamore determan detienne detmer detrick detter detti dettinger dettloff dettman dettmer
detty detweiler detwiler deuel deutsch deutscher deutschman devall devalle devally devan devane devaney devanney
devargas devary devaughn devaul devault devaux deveau deveaux deveney devenney devenport devens dever devera devere
devereaux devereux devers devery devi devich devilbiss devilla deville devillier devilly devincentis devine devinney
devino devita devito devitt devivo devlin devoe devone devonshire devore devos devoss devoti devoy devries dewaard
dewald dewall dewalt dewan dewar dewees deweese dewilde dewindt dewing dewire dewitte dewolf dewolfe dewoody dews
dexheimer dey deyo deyoe deyoung dezarn dezern dezzutti deágha deághdha dhaibhidh dhaibhis dhaliwal dhar dhawan dhe
dhiarmada dhillon dhingra dhonncha dhonnchadha dhonnchaidh dhorchaidh dhuarcain dhuarcáin dhubhghail dhubhghaill dhuibh
dhuibhir dhuinn dhuinneabhain dhuinneabháin dhuinnshle dhuinnshleibhe dhuinnshlé dhuinnshléibhe dhuirnin dháibhidh
dháibhis dhé dhúirnín diaconescu diaconu diamant diamante diangelo diarmada dias diaz dibartolomeo dibben dibella
dibello dibenedetto dibernardo dibert dibiase dibiasi diblasi diblasio dicarlo dicecco dicello dicerbo dicesare
dicharry dichiara dicicco dickel dicken dickens dickenson dickerman dickerson dickert dickhaus dickinson dickison
dickman dicola dicostanzo dicus didier didion didomenico didonato didonna diebold dieckman diede diederich diedrich
diefenderfer dieguez diehl diehm dieken diekmann diel diem diemer diener diep dier dierker dierking dierks dierolf
diers dieterich dieterle dietrich dietrick dietsch dietz dietzel dietzler diez difalco diffin diffley difilippo difiore
diflorio difrancesco difranco digaetano digangi digby digennaro digerolamo digges diggin diggins diggs dighe digiacomo
digiorgio digiovanni digirolamo digiulio digman dignan digregorio dilaura dilbeck dilbert dilday dildine dildy dileo
diley dilger dilks dillabough dillahunt dillahunty dillane dillard dille dillehay dillenbeck dillenburg diller dilley
dilling dillinger dillingham dillion dillman dillow dilorenzo dilts diltz dilullo diluzio dilworth dima dimaggio dimaio
dimarco dimaria dimarino dimartino dimatteo dimattia dimauro dimeo dimery dimick dimino dimitri dimmick dimmitt dimock
dimond dimuccio dimuzio dinan dinapoli dinardi dinardo dinatale dineen dingee dinger dinges dingess dingle dingler
dingman dingmann dingson dingus dinh dinham dinicola diniz dinkel dinkins dinneen dinsmore dinwiddie diochain diochon
diolain dioluin diolun dioláin diolúin diolún diomasaigh dionun dionún diorain diorio dioráin diosdado diothchain
diothcháin dipalma dipaola dipaolo dipasquale diperna dipiazza dipiero dipietro dipirro diponio dippel dippolito dirden
direain direnzo direáin dirickson dirksen dirrane disalvo disandro disano disanti disanto disbro disbrow disch discher
discin disdero dishaw disher dishman dishmon dishner dishon disimone diskin disla dismuke dismukes disney dison disque
distasio distefano distel distin distler ditmore ditore ditsch dittberner dittemore dittman dittmar dittmer dittrich
ditullio ditzler diveley dively divenney divens diviney divirgilio divis divito dix dixion dixit dixon dixson diza
dizon diéguez dlouhy doak doakes doan doane dobberstein dobbin dobbins dobbs dobek dobies dobkins doble dobles dobos
dobransky dobratz dobre dobrowolska dobrowolski dobrunz dobson doby dobyns dochartaigh docherty dochioiu dockery
dockins dockstader dockter dodd dodds dodgen dodrill dodson dodwell doebler doepke doerfler doering doerner doerr
doescher doetsch dogan doggett doghair dogherty doglioni doherty dohm dohrmann dohse doi doibhilin doig doighre
doingeard doirnin doirnín doiron doke dokken dolain dolainn dolan dolbin dolbow dolby dolce dold dolder doleman dolen
doler dolezal dolin dolinger dollard dolle dollinger dollins dollison dolloff dolman dolney dolph dolson dolton dom
domagala doman domanska domanski dombeck dombkowska dombkowski dombroska dombroski dombrosky dombrowska dombrowski
domeier domenech domenick domer domhnaigh domhnaill domhnallain domhnalláin domina domingez domingue domingues
dominguez dominquez dominy domke dompe doménech domínguez donadio donagher donaghy donahey donaho donahoe donahoo
donahue donaire donaldson donalson donaoile donarelli donat donatelli donathan donati donatoni donavan donchadha donchu
donchú dondero donegan donelan donelson dones doney donghaile donham donica donini donis donivan donkor donlan donley
donlin donlon donmoyer donnabhain donnabháin donnagain donnagáin donnain donnan donnchadha donnchaidh donnchu donnchú
donndhubhartaigh donndubhartaigh donnellan donnelly donnelson donner donnghaile donnghusa donnáin donofrio donoghue
donoho donohoe donohue donoso donze donà doody dooey doogan doohan doolan doolen dooley doolin dooling doolittle dooly
doonan doorty dople dopp dopson dorado dorai dorais doran dorantes dorazio doraí dorce dorch dorcha dorchaidh
dorchaidhe dorchaigh dorchain dorcháin dordain dordan dordáin dore doremus doren dorey dorf dorfman dorgan dority
dorman dorminey dorminy dorn dornak dornan dornbusch dorner dornier doroska doroski dorough dorow dorr dorrance dorrell
dorrian dorrough dorsch dorset dorsett dorshorst dorst dort dorta dortch dorton dorval dorvil dorward dosch doscher
doser doshi doshier dosier dosreis doss dossantos dossett dossetti dossey dossi dostal doster dostie doten dotson
dotter dottle dotts doty doubek doubet doubleday doubrava doucet doucette doud doudigan douds dougal dougan dougherty
doughtie doughton doukas doung douthit douthitt doutt douville dovara dovel dover doverspike dow dowd dowdell dowden
dowdle dowe dowell dowen dower dowey dowler dowless dowley dowling downard downen downes downey downie downum dowtin
dowty doxey doxtator doyal doyel doyne doyon dozal dozier drabek drach draeger dragan drage drager draggoo draghi drago
dragoo draheim draine drakeford dralle drane drapeau draper draughn draughon draves drawbaugh drawdy drawhorn drayer
drayton drechsler drees dreese dreesman dreger dreher dreibelbis dreier dreiling dreisbach drennan drennen drenner
drennon dresbach dresch drescher dresel dresher dressel dressler drewery drewes drewniak drewry drews drexel drexler
drey dreyer dreyfus drian driggars driggers driggs drinkard drinkwater drinnon drisceoil driscin driscoll drish
driskell driskill drisko drochain droege drohan droighneain droighneáin droke drolet drollinger droma drona dronaidhe
droney drost droste drouillard drouin drovin drowne droz drozd druachain druacháin druck drucker drumgoole drumheller
drumm drummond drummonds drummy drury druso dryden drye drysdale dríscín drócháin dróna drónaidhe dsouza dua duah
duarcain duarcáin duba dubach dubas dubay dubberly dubbs dube duberry dubey dubha dubhabhoireann dubhagain dubhagáin
dubhaigh dubhain dubhartaigh dubhchain dubhda dubhdabhoireann dubhdhain dubhdháin dubhdábhoireann dubhgain dubhghaill
dubhgáin dubhlaigh dubhlain dubhlainn dubhlaoich dubhluachra dubhláin dubhradain dubhradáin dubhshlaine dubhshláine
dubhthaigh dubhuidhe dubháin dubie dubiel dubin dubinsky duble dublin dubois duboise dubon dubord dubose dubow dubray
dubre dubree dubreuil dubrey dubuc dubuisson dubuque duby duca ducan ducasse ducci ducey duch duchaine ducharme duchene
duchesne duchesneau duchon ducker duckett ducksworth duckworth duclos ducos ducote ducotey ducrepin duda dudas dudash
dudding duddy dudeck dudek duden dudenhoeffer dudney dudziak dudzic duell duenas duenes duenez duer duerksen duerr
duerson duey dueñas dufault dufek duffel duffey duffie duffield duffin dufford duffy dufie dufner duford dufour dufrene
dufresne dugain dugal dugan dugar dugas dugay duggan duggar dugger duggin duggins duguay dugue duhaime duhamel duhart
duhe duhig duhl duhn duhon duhy duibhealla duibheannaigh duibhfhinn duibhgeadain duibhgeadáin duibhgeannaigh
duibhgeannain duibhgeannáin duibhghealla duibhghiolla duibhginn duibhin duibhinn duibhir duibhleanna duibhlearga
duibhne duibhthe duibhín duibhínn duigeannaigh duignan duigneain duigneáin duilearga duilleain duilleáin duineacha
duinn duinneacha duinneachain duinneacháin duinnin duinnlei duinnléi duinnshle duinnshleibhe duinnshlé duinnshléibhe
duinnín duinsmearach duirnin duirnín duithche dukeman dukette dula dulac dulaigh dulaney dulbecco dulchaointigh dulek
duley dulin duling dulle dulmage dulohery dulong dulude duma dumais duman dumanlı dumas dumbleton dumire dumitrescu
dumke dumlao dumler dummer dummermuth dumond dumont dumoulin dunadhaighe dunagan dunagin dunai dunaighe dunain dunavant
dunaway dunbar duncain duncanson duncil duncáin dundas dundon dunfee dunford dungan dungee dungey dungy dunham dunigan
dunkel dunkelberger dunker dunkerson dunkin dunkle dunklee dunkley dunklin dunlaing dunlap dunlavy dunleavey dunleavy
dunlevy dunlop dunman dunmire dunmore dunn dunnagan dunnam dunnavant dunnaway dunne dunneback dunnigan dunnings
dunnington dunnum dunny dunovant dunphy dunseith dunshee dunshleibhe dunshléibhe dunsmoor dunsmore dunson dunstan
dunston dunsworth dunton duntz dunurta dunwoody dunworth duodo duong dupas dupee duplantis dupler duplessis dupont
duppstadt dupras dupre dupree duprey dupriest dupuis dupuy duque duquette durai durall duran durand durando durant
durate durazo durbin durcain durchain durden durdu dure duren durfee durfey durgan durgin durhan durie durio durkan
durkee durkin durland durley durling durmus durmuş durnan durnell durney durnil durnin durning durocher duron duropan
duross durr durrah durrance durrant durre durrell durrett durrihy durso durst duryea durán dusch duse dusek dusenberry
dusenbery dusenbury dussault dusseault dutch dutcher duteau dutil dutka dutkiewicz dutra dutremble dutt dutta dutton
duttweiler duval duvall duwe dux duzan dvorak dwamena dwane dweck dwiggins dwinell dworak dworkin dwyer dyal dyar dyas
dyce dyche dyches dyck dycus dyess dygert dykema dykeman dykhouse dykhuizen dykstra dyle dyment dymond dynes dysart
dyson dziak dziedzic dziuk dáibhid dáibhidh dáibhis dáibhís dáid dála dálaigh dávila déadaigh déid déide déise déiseach
déisigh díaz díez díghe díochon díocháin díomasaigh díscín dóláin dúda dúgáin dúinsméarach dúlaigh dúnadhaighe dúnaighe
dúnaí dúnlaing dúnláing dúnáin dúnúrta dúraí dúrcháin dúrcáin eachaidh eachain eachmharcaigh eacháin eacret eaddy eade
eades eadie eads eady eagan eagar eagen eagleson eagleton eaglin eain eaker eakes eakin eakins eakle ealanaidh ealey
ealy eames eanaigh eanes eans eargle earhart earheart earles earley earlywine earnhardt earnheart earnshaw earp earwood
easboig easler easley eason eastburn eastep easterbrooks easterday easterling easterwood eastes eastham eastin eastland
eastlick eastman eastmond easton eastridge eastwood eatherly eatman eatmon eaton ebanks ebarb ebbert ebel ebeling eber
eberhard eberhardt eberhart eberle eberlein eberley eberling eberly ebersole ebert ebey ebinger eble eblen ebling ebner
ebright ebron ebsen eby eccles eccleston echard echavarria echelberger echenique echevarria echevarría echeverri
echeverria echeverría echoles echols eck eckard eckart eckel eckels eckenrode ecker eckerman eckert eckford eckhard
eckhardt eckhart eckhoff eckler eckles eckley ecklund eckman eckstein eckstrom eco ecton ector edberg eddinger eddings
eddington eddins eddleman edds ede edelen edelman edelson edelstein edenfield edens eder edes edey edgecomb edgell
edgemon edgerly edgerson edgerton edgeston edgett edgeworth edghill edgin edgington edgley edgmon edick ediger edin
edinger edington edler edley edlin edling edlund edman edminster edmisten edmiston edmonds edmondson edmonson edmonston
edmunds edmundson edney edrington edsall edson edstrom edun edwards edwardson eekhoff eells efaw effinger effland
effler efird efron efurd egan egbert ege egea egeland eger egerton egge eggebrecht eggen egger eggers eggert eggett
eggimann eggins eggler eggleston eggleton egle egleston egli egner egnew egnor egolf eguia ehle ehlen ehler ehlers
ehlert ehmann ehmer ehmke ehrenberg ehresman ehret ehrhard ehrhardt ehrhart ehrich ehrlich ehrman ehrmann eiben eibhir
eich eichberger eichelberger eichenberger eichenlaub eicher eichert eichholz eichhorn eichhorst eichinger eichler
eichman eichmann eichner eichorn eichorst eick eickhoff eide eidem eiden eidson eidt eifert eigner eikenberry eil
eiland eiler eilerman eilers eilertson eilfirt einaudi einhorn einstein eis eischen eisel eisele eisen eisenbarth
eisenbeis eisenbeisz eisenberg eisenhart eisenhauer eisenhower eisenman eisenmann eisenmenger eisenstein eisermann
eisert eisinger eisler eisman eisner eiteagain eiteagáin eitel eitheagain eitheagáin eivers ekai ekal ekberg ekdahl
ekeno ekhoff ekidor ekiru ekitela ekker eklund ekman ekstrom ekwueme elam elamin eland elazegui elbaz elchert elderkin
eldred eldredge eldreth eleby eledge elem eley elfers elford elfrink elguezabal elhard eliason eliassen elie eliott
elison elisondo elizalde elizondo elkin elkind elkington elkins ellard elledge ellefson ellegood ellenberger ellenburg
ellender ellens ellenwood eller ellerbe ellerbee ellerby ellerman ellers ellerson ellery ellett ellicott elliff elling
ellinger ellingsen ellingson ellingsworth ellington ellingwood ellinwood ellison ellisor elliston ellithorpe ellman
ellwanger ellwein ellwood ellzey elmendorf elmore elorza elridge elrod elsass elsasser elsayed elsberry elsea elsen
elser elsey elsinger elsner elson elstad elston elswick elsworth eltzroth elvers elwell ely elzey elzy emanuele
emanuelli emberson emberton embery embleton embree embrey embry embury emch emerick emert emfinger emick emig emigh
emison emler emling emmel emmer emmerich emmerson emmert emmette emmi emmick emmons emond empey empson emrich emrick
emswiler emuria enbody encinas enciso enck ender enderle enders enderson endicott endo endres endrizzi endsley ene
enfield enfinger eng engberg engdahl engebretsen engebretson engel engelbert engelbrecht engelhard engelhardt engelhart
engelke engelking engelman engelmann engels engemann engen enger engh englade engle englehardt englehart engleman
engler englert engles englund engman engram engstrom enix enloe enlow enmon ennals ennis eno enochs enomoto enos enri
enright enriguez enriques enriquez enrriquez enríquez ensey ensley ensminger ensor enstrom enterline entrekin entwisle
entwistle entz enyart enyeart enz eochadha eochagain eochagáin eochaidh eochain eocháin eoff eoghain eoinin eoinín
eothach ephraim epler epley eplin epling epp eppard epperley epperly epperson eppes epping eppinger eppler eppley epps
epson epstein epting equia eraslan erath erazo erb erbe erben erby erding erdman erdmann erdoğan erebia eregae erhardt
erhart ericksen erickson ericson ericsson eriksen erikson eriksson erion erker erlandson erler erlich erling erne
ernsberger ernst ernzen erpelding erps errani errico errigo erskin erskine ertas ertaş ertel ertl ertle erupe erven
ervine erving erxleben esaw escajeda escalante escalera escalona escamilla escandon escarcega escareno escarsega
escatel esch esche escher eschmann escobar escobedo escolano escoto escott escovedo escribano escriva escrivá escudero
escue escutia esekon esh eshbaugh eshelman eshleman esinyen eskelson esker eskew eskola eskridge eslick eslinger esmond
espada espana espanol esparza españa español espe espejo espenschied esper espericueta espey espinal espindola espino
espinola espinosa espinoza espiritu espitia esplin esponda esposito espree esqueda esquer esquibel esquilin esquivel
essa essary essen esser esses essex essick essig esslinger essman estabrook estabrooks estala estel estep estepp
esterline esterly estes esteve esteves estevez estey estill estis estorga estrada estrello estremera estridge estrin
estwick estévez etchison etheredge etheridge etherington etherton ethier ethington ethridge etienne etling etsitty
etter ettinger etyang etzel etzler eubank eubanks eudy euell euler eure eurich eury eustace eustice eustis eutsey
eutsler evanoff evanson evarts evatt eveland evensen evenson everage everding everest everetts everhart everitt everly
everman evers eversley eversole everson evert everton everts evett evey evins evitt evola evoy ewald ewalt ewart ewbank
ewell ewen ewert ewin ewing ewings ewoi ewton ewy excell exley exline exner exposito expósito exum eyanae eyer eyler
eyles eylicio eyman eynon eyre eytchison eze ezell ezelle ezeugo ezzell ezzo eáin eóinín eóthach faas fabbri fabela
faber fabiani fabiano fabra fabre fabregas fabregat fabrizi fabro fabry fabula facemire facer facey fachtna facio
fackler fackrell facteau fadden faddis faden fader fadian fadipe faeth fagain fagan fagen fager fagerstrom fagg
faggiani faggins fagiani fagin fagley fagnan fagnani fagnant fagotto fague fagundes fagundo fagunwa faherty fahey fahie
fahnestock fahs fahy faigin failbhe failla faille failor fairall fairbairn fairbank fairbanks fairbrother
faircheallaigh fairchild faircloth fairclough faire faires fairey fairfax fairfield fairhurst fairless fairley fairman
fairrow fairweather faison faivre fajardo fajimi fakhouri fakhoury falabi falanga falardeau falbo falck falco falcone
falcó falcón faler fales faleti faletti faley falgoust falgout falier falin falk falke falkenberg falkenstein falkner
falkowska falkowski fallaci fallamhain fallamháin faller fallin fallis falloppio falor faloye falso falvey falvo
falwell falzarano falzone fama fambro familia fanara fancher fandel fane fanelli fankhauser fann fannin fannon fansler
fant fantasia fantauzzi fantini fantoni fantozzi fanucci faodhagain faodhagáin faoite faolain faoláin farabaugh farabee
farag farago faranain faranda faranáin farber farbman farell farfan fargo farhart farhat faria farias faries farinas
farinella farinelli farino farish fariss farkas farland farler farless farley farlow farman farnam farnan farnell
farner farnes farnese farness farney farnham farnon farnsworth farnum farnworth faron farone farquhar farquharson farr
farragher farraj farrall farran farrand farrar farrare farre farrel farrell farrelly farren farrer farrey farrier
farrington farrior farris farrish farrissey farrissy farro farron farrugia farry farré farta farve farver farwell
fasano fasasi fasching fasciano fasel fashaw faso fason fasone fassett fassler fassnacht fata fatchett fath fatha
fathaigh fatharta fathartaigh fattori fatula faubel faubert faucett faucette faucher faughn faughnan faught faugno faul
faulcon faulconer faulds faulhaber faulk faulkenberry faulkingham faulkner faulks faull faunce fauntleroy fausett
fausnaugh fausnaught faust fauver faux fava favata favela faver favero favia favila favor favorite favors favre favreau
faw fawbush fawcett fawley fawver fayne faz fazekas fazenbaker fazio fazzino fazzio feagan feagin feagins fealy
fearachain fearachair fearacháin fearadhaigh fearain fearchair feardhaigh fearghail fearghaile fearghaiosa fearghaíosa
fearghusa fearn fearon fearrai fearraidhe fearraigh fearraí fearáin feaster featherston featherstone feazel febles
febres febus fechter fechtner fecteau fedde feddersen feder federer federici fedler fedor fedrick feehan feeley feely
feemster feeney feenstra feeny fegan fegett feggins fegley fehan feher fehilly fehling fehr fehrenbach feichin feick
feig feighery feight feijoo feil feild feiler feimster fein feinberg feiner feingold feinman feinneadha feinstein
feirtear feirtéar feist feit feith feithin feithín fekete felan felban felber felberbaum felch feld felder feldkamp
feldman feldmann feldstein feldt feliu feliz felker felkins fellers fellman felmlee felps felten felter feltes feltman
feltmann feltner feltus felty feltz femia fencil fencl fenderson fendley fenech fenelon feng fenighty fenimore fenley
fenlon fenn fennell fennelly fenner fennessey fennessy fenning fenske fenster fenstermacher fenstermaker fenton
fentress fenwick feola fera ferber ferch ferdon ferebee ference ferencz fergerson fergeson fergurson ferguson fergusson
feria ferland ferman fermi fernadez fernald fernandes fernandez fernendez fernholz fernández ferra ferrabosco ferragamo
ferragni ferran ferrandez ferrandiz ferrando ferrante ferranti ferrara ferrari ferraris ferraro ferrata ferrazzi ferre
ferree ferreira ferrel ferrell ferren ferrer ferrera ferreras ferreri ferrero ferretti ferreyra ferri ferrier ferriera
ferrigno ferrill ferrin ferringer ferrington ferris ferriter ferro ferron ferrucci ferrán ferrández ferrándiz fertig
fesler fesperman fessel fessenden fessler festa feth fett fetterhoff fetterly fetterman fetterolf fettes fettig fetty
fetzer feucht feuer feuerstein feurtado fewell fhailghigh fhaolain fhaoláin fhearadhaigh fhearchair fheargail
fhearghail fhearghaile fhearghusa fhearraigh fheorais fhiachra fhinn fhinneachtaigh fhinnein fhinnéin fhionain
fhionghuin fhionnachta fhionnachtaigh fhionnghaile fhionnlaich fhionnlaoich fhionntaigh fhiontaigh fhionáin fhir
fhlaithbheartaigh fhlaithimh fhlannagain fhlannagáin fhlannain fhlannchadha fhlannáin fhloinn fhogartaigh fhualain
fhuallaigh fhualáin fhíontaigh fhógartaigh fiacco fiacha fiachain fiachna fiacháin fiaich fiala fiallos fiannachta
fiannachtaigh fiannaidh fiannaidhe fiannaigh fiaschetti fibonacci ficek fichera fichter fichtner ficino fick ficke
fickel fickes fickett ficklin fickling fiddelke fidler fiechter fieck fiecke fiedler fiegel fielden fieldman fieramosca
fierman fiero fierro fierros fifer fifield figaro figeroa figg figgins figgs figheadora figheadóra figueira figueiredo
figueras figuerda figueredo figueroa figuerola figura figuroa fike fikes filangieri filban filbin filbín filer filiault
filice filion filipiak filippelli filippi filippini filippone filkins filley fillinger fillion fillman fillmore fillyaw
filmore filogamo filpo fils filsinger filson filzi fimbres fina finamore finan fincham fincher finchum finck findlay
findley findling fineberg finefrock finegan finetti finfrock fini finister finizio finkbeiner finke finkel finkelman
finkelstein finkenbinder finkle finklea finkler finlay finlayson finley finneachta finneadha finnegan finnell finnen
finneran finnerty finney finnie finnigan finnthighearn finnucane fino finotto finstad finton finucane finzi fiodhabhra
fiol fionartaigh fionnachta fionnachtaigh fionnagain fionnagáin fionnain fionnallain fionnalláin fionndhubhcain
fionndhubhcáin fionnghaile fionnghalaigh fionnghusa fionnlaoich fionnmhacain fionnmhacáin fionntain fionntáin fionnáin
fioravanti fiore fiorelli fiorello fiorentino fiorenza fioretti fiorillo fiorini fiorita fiorito fiorucci fiqueroa
firbhisigh firebaugh firestine firestone firkins firman firmin firpo firtear firtéar fiscalini fisch fischbach fischels
fischer fischetti fiscus fiser fishback fishbein fishburn fishburne fishel fishman fisk fiske fisler fister fitch
fitchett fite fitgerald fithchealla fithcheallaigh fithian fittipaldi fitton fitts fitz fitzer fitzerald fitzgerald
fitzgibbon fitzgibbons fitzhenry fitzhugh fitzloff fitzmartin fitzmaurice fitzpatrick fitzsimmons fitzsimons fitzwater
fivecoat fizer flabhain flabháin flach flagg flagler flaherty flahive flaiano flaig flaim flaithbhearta
flaithbheartaigh flaitheamhain flaitheamháin flaithearta flaithimh flaithimhin flaithimhín flaitile flam flamand
flament flamino flamm flanagain flanagan flanagin flanagáin flanary flander flanders flanery flanigan flannabhra
flannagain flannagan flannagáin flannchadha flannelly flannery flannghaile flannigan flansburg flarta flaten
flathamhain flathamháin flatharta flathartaigh flatley flatt flaugher flavell flavin flavors fleagle flecha flecher
fleckenstein fleeger fleegle fleek fleeman fleener fleenor fleer fleetwood flegal flegel flegle fleig fleischacker
fleischer fleischhacker fleischman fleischmann fleisher fleishman fleitas fleming flemings flemister flemming flemmings
flemmons flemons flener flenniken flens flentge flesch flesher fleshman fleshner flesner fletes flett fleurant fleurent
fleury flewellen flewelling flicek flickinger flickner flinchbaugh flinchum flinck flink flinn flippen flippin flippo
flis fliss flitter flohr floinn flom flook flore florek flores floresca florey florez florido florio floris flory flott
flourney flournoy fludd fluellen flug fluharty fluitt fluker flury flynn flynt flythe flárta foa foard fobbs fobes
focht foconi fode fodera fodge fodhladha fodor foeller foerster fofie fogal fogarta fogartaigh fogarty fogazzaro fogel
fogg foghladha foghlu foghludha foghlú foghlúdha fogle fogleman foglesong foister foisy folan foland folch folden
foletti foley folger folino folkers folkerts folkes folkman folland follansbee follett follette folliero follis follman
follmer followell folmar folmer folse folsom folson folts foltz folwell folz fomby fonceca fondo fondren fones fong
fonner fonnesbeck fons fonseca fontaine fontan fontana fontanez fontanilla fonte fontenette fontenot fontes fonville
foody fooks foor foos foose foote forain foraker foran forand forbes forbess forbis forbus forbush forcier forck forde
fordham fordyce foree forero foresman foret forgette forgey forgione forgue foringer foriwaa forker forkey forkin
forman formanek formby formella formica formisano formosa fornaciari fornea forner forness forney forni foronda forquer
forrer forres forrester forry fors forsberg forsgren forshee forshey forslund forsman forst forster forsyth forsythe
fortenberry forti fortier fortin fortini fortino fortman fortner fortney fortson fortuna fortuny forys forza foscari
fosdick foshee foskett foskey fosler foss fosse fossen fossett fossum foston fosu fosua fote foth fothergill foti fouch
fouche foucher foulds foulger foulk foulke foulkes foulks fountaine fouquet fournier fouse foushee foust fout foutch
fouts foutz fowkes fowle fowler fowles fowlkes foxwell foxworth foxworthy foxx foy foye foyle foà fracci fradette frady
fraga fragale fragnoli frago fragoso fraher frahm frailey frain frainclin frainclín fraire fraise fraizer fraker frakes
fraley fralick frampton franca franceschi franceschini francese franch franchi francia franck francke francoeur
francois frandsen franey franke frankel franken frankenberry frankenfield frankhouser frankin frankl franko frankovich
frankum franqui frans franscini fransen franson franta frantum frantz franz franzen franzese franzone franzoni frappier
frary frasca frasch frasco frase fraser frasher frasier frasure frates fratus frausto frautschi fravel frawley frayer
fraze frazee frazier freaney frear freas freber frech frechette fredell fredenburg fredericks fredericksen frederickson
fredette fredricks fredricksen fredrickson freeberg freeborn freeburg freel freeland freeley freelove freels freemon
freeney freese freestone fregoe fregoso frei freiberg freier freil freiler frein freire freis freitag freitas frema
freman fremin fremont frenette frenkel frenz frenzel frerichs frescas frescobaldi frese freshour fresquez fretwell
fretz freudenberg freudenberger freudenburg freudenthal freund frevert frew frey freyer freyermuth freyman freymuth
freytag frias friberg frick fricke fricks friddle fridley fridman friedberg friede friedel frieden friedl friedland
friedlander friedli friedly friedman friedrich friedrichs friedt friel frieler frierdich frierson friese friesen
friesenhahn friesner frieson friess frietas frighil frigo frigon friis friley frilot frimpomaa fringer frink frint
fripp frisbee frisbie frisby frisch friscia frisco frishman frisina friske friskney frison fritch frith frithile
fritsch fritsche fritts fritze fritzler frix frizell frizzell froehlich froelich froemming froese frogge frohman froman
fromm fromme fronczak fronk fruchter frueh fruge frum fruth frutos fryar frye fryman fryou fryrear fréin frías fuada
fuadachain fuadacháin fualain fuallaigh fualáin fuarain fuarthain fuartháin fuaruisce fuaráin fucci fuchs fudala
fuehrer fuell fuente fuentes fuentez fuerst fuerstenberg fuerte fuertes fugate fugett fugitt fugua fuhr fuhrer fuhriman
fuhrman fuhrmann fuhs fujihara fujii fujimoto fujioka fujita fujiwara fukuda fukui fukushima fulbright fulcher fulfer
fulford fulgham fulghum fulk fulkerson fulks fullam fullard fullbright fullen fullenkamp fullenwider fullerton
fullilove fullington fullman fullmer fullwood fulmer fulmore fulop fulp fulton fults fultz funari funaro funches
funchess funderburg funderburk funderburke fundi funes fung funke funkhouser funnell funston fuoco fuqua fuquay furaigh
furbee furbush furby furey furfaro furgason furgerson furguson furino furlan furlow furman furnari furness furnia
furniss furno furr furrer furse furst furtado furtick furukawa furuya fusani fusaro fuschetto fusco fuseli fuselier
fusilier fuson fussell fussner fuster fuston futch futral futrell fye fyfe fyffe fyock fábregas fágáin fáilbhe fárta
fátharta féichín féinneadha féith fíona fíonartaigh fógarta fógartaigh fóghladha fóráin fúraigh fırat gaal gaarder gaba
gabaldon gabaldón gabba gabbana gabbard gabbert gabehart gaber gabert gabhachain gabhacháin gabhain gabhann gabhlain
gabhláin gabháin gabler gabor gaboriault gabourel gabrieli gabrielli gabrielsen gabrielson gaby gaccione gacek gachain
gachanja gacheri gacheru gachoki gacháin gadapee gadberry gadbois gadd gadda gaddie gaddis gaddy gade gadhra gadison
gadlin gadomska gadomski gadoury gadsden gadson gadway gaeddert gaede gaertner gaeta gaeth gaffigan gaffney gafford
gafraigh gage gagen gager gaggini gagliano gagliardi gagliardo gaglio gagne gagner gagnier gagnon gahagan gahan gahm
gahn gahr gaiatto gaibhin gaibhre gaibhtheachain gaibhtheacháin gaier gailes gailey gaillard gaillin gailliuin
gailliúin gaillín gaine gaineard gainer gaines gainey gainor gairbhe gairbhia gairbhighe gairbhin gairbhín gaiser
gaitan gaither gaito gajda gajewska gajewski gakii galain galan galang galanis galante galardo galarza galati galaviz
galaz galban galbo galbraith galbreath galdames galdamez galdi galdo galea galeana galeano galeati galeazzi galentine
galey galford galgallo galgalo galgano galiano galiazzo galicia galik galilei galimi galimore galindez galindo galinska
galinski galipeau galizia gallacher gallager gallagher gallahan gallaher gallain galland gallardo gallart gallatin
gallaway gallchobhair gallchoir gallchóir galle gallego gallegos galleher gallen galler galles galletta galli gallian
gallichio gallien galligan galligher galliher gallimore gallina gallinger gallion gallivan gallman gallo gallogly
gallow galloway gallucci gallup gallus galluzzo galláin galpin galster galt galtarossa galuppi galusha galuska galvan
galvani galvez galvin galvis galván galyean galyen galyon galáin galán gama gamache gamage gamba gambale gamber gambill
gambino gamblin gamboa gambrel gambrell gamero gameros gamet gamez gamhna gamhnain gamhnáin gamino gammage gammel
gammell gammill gammon gammons gamon gan ganaird ganaway gandara gandarilla gandee gandhi gandy ganesan ganesh ganey
ganfield gangemi ganger gangestad gangi gangl ganguly gangwer ganley ganly gann gannaway gannett gannon gano ganoe
ganong ganoung gans gansburg ganser ganske gant ganter gantt gantz ganz gao gaoith gaoithin gaoithín gaona gaora
gapinska gapinski gara garabedian garaidh garand garate garavan garay garbacz garbarino garbe garber garbett garbhain
garbháin garbo garbutt garceau garces garcia garcias garcés garcía gard garde gardea gardella gardenhire gardin
gardiner gardner garduno gareau garett garety garey garfinkel garg gargallo gargan gargano gargis gargiulo gargus
garibaldi garibay garica gariepy garigen garin garis garlick garling garlington garlitz garlock garlow garman garmany
garmendia garmoe garmon garms garn garneau garnes garney garnica garnsey garo garobbio garofalo garofano garon garoutte
garozzo garr garraghy garrahy garrard garratt garraway garrels garren garretson garrette garrick garrido garriga
garrigan garrihy garringer garriott garris garrity garro garron garrone garrott garrow garsee garside garske garson
garst garstka garten garthwaite gartin gartlan gartland gartman gartner garton gartrell garver garvey garvie garvin
garwood garza garzon garzoni garzón gasaway gasca gascoigne gascon gascón gase gasiewska gasiewski gaskamp gaskell
gaskill gaskin gaskins gasmen gaspard gasper gasperi gasque gass gassaway gasser gassert gassett gassman gassner gast
gastelum gaster gastineau gatchell gateley gately gatewood gath gathain gathing gathings gathman gathogo gathright
gatháin gati gatica gatimu gatlin gatling gato gatrell gatson gatti gattis gattison gatto gatton gatts gatwiri gatwood
gatz gau gaudet gaudette gaudin gaudio gaudreau gauer gauger gaughan gaukel gaul gauld gaulden gauldin gaulding gaulin
gaulke gault gaultney gaumer gauna gaunce gauntt gaus gause gauss gaustad gaut gauthier gauthreaux gautier gautney
gautreau gautreaux gauvin gavaghan gaver gavia gavican gavigan gavilanes gavina gavitt gaw gawel gawron gawronska
gawronski gawrys gaxiola gaya gayden gaydos gayhart gayheart gayler gayles gaylor gayman gaymon gaynard gayner gaynor
gaytan gayton gazaille gazaway gazda gazzo geach geagan gealabhain gealabháin gealagain gealagáin gealbhain gealbháin
gean geanain geannain geannáin geany geanáin gearabhain gearabháin gearachaigh gearailt gearain gearan gearchaigh geard
geargain geargáin gearhart gearheart gearon gearty geary gebauer gebbia gebert gebhard gebhardt gebhart gebo geddes
geddie geddings geddis gedeon gedi gedney geer geerdes geers geesey geeslin geeter geherty gehl gehle gehler gehlert
gehling gehman gehr gehrig gehring gehringer gehrke gehrlein geib geibel geibheannaigh geibhinn geidigh geier geigel
geiger geigle geil geimer geimhridh geis geise geisel geiselman geiser geisinger geisler geissler geist geiszler
geitgey geitner geitz gelabert gelb gelber gelinas gellatly geller gellert gelles gelli gelman gelormino gelrud
gelsinger gelvin gemberling gemes gemito gemme gemmell gemmer gemmill genao genco gendreau gendron genereux genest
genet gengler genier gennaro gennings geno genova genovese genovesi genrich gensler genson genther genthner gentilcore
gentileschi gentili gentilini gentner gentz genz geoffrion geoghegan georges georgescu georgi georgiou gephardt gephart
gepner geppert gera gerace geraci geraghty geralds gerardi gerarghty gerber gerberich gerbino gerbitz gerdes gerdis
gerdts gerecke geren gerena gergely gergen gerhard gerhardt gerhart gerhold gerig gering geringer gerke gerken gerlach
gerland gerlich gerling gerlt germain germani germann germano germany germon gernatt gerner gero gerold gerosa gerould
gerow gerrald gerringer gerrish gerrity gershman gershon gerson gerst gerstein gersten gerstner gertelman gerth gertner
gertsch gertz gervais gervase gervasi gerwig geschke gesell geske gess gessel gessner gest gesualdi getchell geter
gethers getman gettel getter gettinger gettings gettis gettle gettman getty gettys getz geurts geyer geárd ghabhann
ghailing ghalloglaigh ghallóglaigh gharing ghee gheen gheimhridh ghent gheorghiu ghille ghilleathain ghio ghirr ghoill
gholar gholson gholston ghormley ghose ghosh ghoston ghuala ghunna giacalone giaccio giacconi giacometti giacomini
giaimo giambalvo giambanco giambrone giammarino giammona giammusso giampietro giancola gianelli gianetti giang
gianinazzi giannakopoulo giannattasio giannelli giannetti giannetto giannini giannone giannotti giannuzzi gianotti
gianunzio gianvecchio giaquinto giard giardina giardino giarrusso gibb gibbens gibbins gibble gibbs gibby gibeau
gibeault giberson gibert gibilisco gibler giblin gibne gibney giboney gichana gicheru gichohi gichuhi gichuki gichuru
gidcumb gidden giddens giddings gidley gidney giebler giefer gieger giel gier giere gierhart gierke gierlach gierut
gies giesbrecht giese gieseke giesen giesing giesler giessler giffen giffin gifford gigante giger gigler gigli giglio
gigliotti gignac giguere gikonyo gilabert gilardoni gilb gilbane gilbar gilbeau gilbertson gilbo gilbreath gilbreth
gilbride gilchrest gilchrist gilcrease gildea gilden gilder gildersleeve gildner gildon gilduff gile gilfillan gilford
gilgunn gilham gilhooly gilkerson gilkes gilkey gilkison gillam gillan gilland gillard gillaspie gilleathain gilleland
gillen gillenwater giller gilles gillespi gillespie gillet gillett gillette gilley gillham gilliam gilliand gillians
gilliard gillic gillick gillie gillies gilligan gillihan gillikin gillilan gilliland gillim gillin gillingham gillings
gillins gillis gillison gillispie gillitzer gilliuin gilliúin gillman gillmore gillock gillogly gillon gillooly gillum
gillyard gillín gilmartin gilmer gilmore gilmour gilpatric gilpatrick gilpin gilreath gilroy gilsdorf gilsenan gilson
gilstrap giltner gilyard gimbel gimenez gimeno gimlin gimpel giménez ginder gindi ginea giner gines ginese ginesio
ginevan gineá ging gingerich gingras gingrich ginn ginnea ginneadha ginneá ginneádha ginnitty ginnity ginsberg ginsburg
ginter ginther ginty ginyard giobalain gioballain gioballáin giobaláin gioberti gioblain giobláin giobuin giobun
giobúin giobún gioia giolitti giolla giollagain giollagáin giollain giollarnath giollarnáth giollarua giollaruaidhe
giolláin gionain gionnachtaigh gionnain gionnáin giontaigh gionáin giordano giorgetti giorgi giorgianni giovine gipe
gipple gipson giradello giraldo giralt girard girardi girardin giraud girdler girdley girdner girgenti girgis girod
giroir giron girona girone girouard giroux girton girty girvan girón gisbert giscombe gish gisi gisin gisler gitahi
gitari githaiga githens gitlin gittens gitter gittings giuffre giuliani giulietti giunta giunti giusti giusto givan
givern givhan gizzi gjelaj glackin gladding gladfelter gladin gladney gladson gladstone gladue gladwell gladwin glaeser
glaibhin glaimhin glaisne glancy glandon glanton glantz glanville glanz glanzer glas glasain glasco glascock glascoe
glaser glasper glaspie glassburn glassco glasscock glasser glassford glassman glassner glasson glasáin glatt glatter
glatz glaude glavin glawe glazer gleannain gleannáin gleason gleasure gleaton gleaves gledhill gleen gleeson gleich
gleisner glendening glendenning glennon glessner gliasain gliasáin glick glickman glidden glidewell gliem glines
glinska glinski glionain glionnain glionnáin glionáin glisson glock glodowska glodowski gloin gloinn gloinne gloor glor
glorioso glosser glosson glosteir gloster glostéir glotfelty glover glowacka glowacki gloyd gluck glueck glumac glunz
glymph glynn gláibhín gláimhín gnimh gnímh goan goans goar goates goatley gobain gobeil gobeille gobel goben gober
gobert gobhann gobin goble gobáin gochenour goda godana godard godbee godbey godbold godbolt godbout godby goddard
godek godin godina godines godinez goding godinho godlewska godlewski godley godlove godoy godsey godzik goe goebel
goecke goehner goehring goeke goel goeller goelz goen goens goepfert goergen goering goerlitz goers goertz goertzen
goetsch goettel goettl goettle goettsch goetz goetzinger goewey goff goffney goforth gogain gogan gogarty goggans
goggin goggins goguen gogáin goh goheen gohn gohr gohring goibin goibín goicoechea goilin goill goillidhe goilín goin
goines goins goireachtaigh gokey gokhale gola golan golay goldade goldbach goldberg goldberger goldblatt goldenberg
golder goldey goldfarb goldin golding goldman goldner goldoni goldrick goldsberry goldsboro goldsborough goldsby
goldschmidt goldson goldstein goldston goldstone goldsworthy goldtooth goldwire goldwyn gole golebiowska golebiowski
goleman golembiewska golembiewski goley golgi golick goliday golightly golino goll golla golladay gollain gollan goller
golliday gollihue gollnick golláin golob golomb golphin golson golston goltz golub golz gomer gomes gomez gomila gomis
gomm gona gonalez goncalves gonce gondek gonder gongora goni gonnella gonsales gonsalez gonsalves gonser gonsoulin
gonterman gonthier gonyea gonyer gonzaga gonzalas gonzalaz gonzale gonzalea gonzales gonzalez gonzalos gonzeles
gonzelez gonzoles gonzález gonçalves gooch goodale goodall goodchild goode goodell goodemote gooden goodenough goodenow
goodermote goodfellow goodfriend goodhart goodheart goodhue goodier goodin goodine gooding goodknight goodlett goodlin
goodling goodloe goodlow goodman goodner goodnough goodnow goodpaster goodpasture goodreau goodrich goodridge goodroe
goodrow goodrum goodsell goodson goodspeed goodstein goodwin goodwyn goodyear googe gookin goold goolsby goosby gooslin
goossens gootee goracke goralska goralski goranson gorby gorczyca gorden gorder gordillo gordineer gordy gorecka
gorecki goree gorelick gorevan gorey gorgone gorham gori gorin goris gorka gorley gormain gorman gormley gormáin gorney
gornick gorovitz gorr gorrell gorska gorski gorsky gorsline gorsuch gort gorton gosa gosch gose gosha goshay goshorn
gosier goslin gosman gosnell gosney goss gossage gossard gosse gosselin gosser gossett gossman gossom gostomska
gostomski goswami goswick gotcher gotchy gotham gothard gothraidh goto gott gottardi gottesman gottfried gotti gottlieb
gotto gottschalk gottschall gottwald goucher goudeau goudie goudreau goudy gough gouin goulart gould goulden goulding
gouldsberry goulet goulette goupil gour gourdine gourlay gourley gouthier gouveia govan gove govea gover govoni gow
gowan gowans gowdy gowell gowen gowens gower gowers gowin gowing gowins gowler goya goyal goyette goyne goynes goza
gozzano gozzi goñi grabau grabe graben grabenstein graber grabert grabill grable graboska graboski grabow grabowska
grabowski grabska grabski gracey graczyk grada gradaigh graddy graden gradenigo gradha gradney grado gradowska
gradowski grae graeber graef graeff graeser graf graff graffam grafton gragg grahams grahan grahm grahn grainger graith
grajales grajeda gralaigh grall grallaigh gramer grames gramhna gramlich gramling gramm grammer gramsci grana granada
granade granado granados granata granatelli granath granato granberg granberry granda grandberry grande granderson
grandfield grandi grandinetti grandison grandstaff grandusky grandy graner graney granfield granger granholm granier
granillo grannan grannis grantham grantz gras graser grasman grasser grassi grassia grassl grassman grasso grasty
grattan gratton gratz grau grauberger grauer graus gravatt graveline gravelle gravett gravette gravina gravitt gravley
gravois grawe gray graybeal graybill graydon grayer grays grayson graziani grazier greachain greadaigh grealaigh
grealish greally greanachain greanacháin greaney grear greaser greathouse greaver greaves greb grecco grech greear
greehy greek greeley greelish greely greenan greenawalt greenbaum greenberg greenblatt greenburg greene greenfield
greenhalgh greenhaw greenhill greenidge greenland greenlaw greenleaf greenlee greenley greenly greenman greeno
greenough greenspan greenstein greenstreet greenup greenwald greenwaldt greenwall greenwalt greenway greenwell
greenwood greer greeson grefe gregersen gregerson greggio greggs grego gregoire gregor gregori gregorich gregson
gregston greif greig greil greill grein greine greiner grell grella gremese gremillion gremminger gren grenier grennan
grenon grenz gresham gress gressett gressler gressley gretzinger greulich greve grewal grewe grewell grialais griallais
grianain grianna grianra grianáin gribben gribhthin grice grider gridley grieb griebel grieco grieger griego grier
gries griesbach griesbaum griese grieser griest grifeo griffen griffeth griffey griffie griffies griffieth griffing
griffis griffith griffiths griffitts griffon griffy grifin grifín grigg griggs grignon grigsby grijalva grilley grilli
grillo grillot grimaldi grimaldo grimani grimley grimm grimmett grims grimshaw grimsley grimwood grinage grindle
grindstaff griner grinnell grinstead grinter griobhtha griobhthain griofa griofha gripp grippo grisanti grisby grise
grishaber grisham grismer grisoni grissett grisso grissom grisson griswald griswold gritten gritti gritton gritz grivas
grizzard grizzel grizzell grizzle groarke groat grob grobe grober groce grochowska grochowski grode groden grodska
grodski groen groesbeck grof groff grogan grogg groh groleau groll grom groman grondin groner groogan groome groomes
groover gropp gros grosbier grosch grose groseclose groshong grosman grossberg grosse grossen grossi grosskopf grossman
grossmann grossnickle grosso grosvenor grosz grote groth grothe grotz grotzke groulx growney gruagain gruagáin grubaugh
grubb grubbs grube gruber grudzinska grudzinski gruen gruenberg gruenes gruenhagen gruenwald gruis grullon grumbach
grumbine grumet grund grunden grundman grundy gruner grunewald grunow grunwald grupe grussendorf gruver gruwell gryder
grzelak grzybowska grzybowski gráda grádaigh grádha gráinne grálaigh grállaigh grás gréacháin gréil gréill gréine
gríbhthín grífín gríobhtha gríobhtháin gríofa gríofha gschwind guadarrama guadeloupe guadian guaire guairim guajardo
gual gualandi gualtieri guan guarana guarato guardado guardia guardino guardiola guariento guarisco guarneri guarnieri
guay gubain gubben gubler gucci guccione guclu gucman gudaitis gude guderian gudgel gudger gudiel gudinas gudino
gudmundson gue guebert guel guenette guenther guerard guercio guereca guerette guerin guernsey guerra guerrant
guerreiro guerrera guerrero guerrette guerrier guerrieri guerriero guerro guerry guertin guevara guevarra guevin guffey
gugan guggemos gugino gugler guglielmi gugliotti gugliuzza gugán guha guhl guibhir guicciardini guice guida guiden
guider guidhir guidi guidone guidotti guidroz guidry guignard guihan guiher guijarro guilbault guilbeau guilbeault
guilbeaux guilbert guiles guilford guilfoyle guiliano guill guillaume guillemette guillen guillet guillette guilli
guilliams guillory guillot guillotte guillén guillí guilmette guimond guin guinan guinane guinevan guiney guinizzelli
guinn guinnane guinness guinyard guion guirand guiry guisinger guitart guiterrez guithin guithín guitierrez guitterez
guity guizar gula gulan gularte gulati gulbranson gulen gulick gulino gullatt gullatte gulledge gullett gullette
gullick gullickson gullion gullo gullotta gulotta gulyas gumbs gumm gummer gummersheimer gump gunain gunby gunder
gunderman gundersen gunderson gundlach gundrum gundy gunia gunkel gunlock gunn gunnarson gunnell gunnells gunnels
gunnerson gunnett gunnoe gunselman gunsolus gunter gunther gunto guntrum guo gupta guptill gupton gura gure gurganus
gurka gurley gurnett gurr gurrola gurska gurski gurule gurwitz guse gushee gushiken guske gusler gusman guss gussler
gussman gussoni gustafson gustave gustavson guster gustin gustovich guth guthmiller guthridge guthrie gutierez
gutierres gutierrez gutirrez gutiérrez gutknecht gutman gutowska gutowski gutshall guttery guttierez guttierrez guttman
guyer guyett guyette guymon guynes guynn guyo guyton guzek guzik guzman guzmán guzzi guzzo gverrero gwaltney gwin gwinn
gwozdz gwynn gyamfi gyamfiaa gyasi gyasiwaa gábháin gáibhtheacháin gáibhín gáineard gálvez gámez gánaird gárate géaran
géaráin géibheannaigh géibhinn géidigh gíontaigh gómez gúnáin gülen güçlü haack haacke haag haak haake haakenson
haaland haan haapala haar haas haase haataja habeck habeeb habegger habel haber haberkorn haberle haberman habersham
habha habib haby hachey hackathorn hackbarth hackenberg hackett hackford hackleman hackler hackley hackman hackshaw
hackwell hackworth hadad hadaway haddad hadden haddix haddon haddox haden hadfield hadhlairt hadhra hadiaris hadley
hadlock hadnot hadnott hadsell haeck haecker haefner haehn haer haertel haeussler hafele hafen hafer haff haffey
haffner hafford hafley hafner haga hagain hagaman hagan hagans hagar hagberg hage hagedorn hagel hageman hagemann
hagemeier hagemeyer hagen hagenbuch hagens hager hagerman hagerty hagg haggans haggart hagge haggerty haggett haggins
hagin hagins hagle hagler haglund hagman hagner hagood hagopian hagstrom hague hagurtaigh hagwood hagy hahessy hahl
hahn hahne hahner haibheartaigh haicead haichir haicéad haid haider haidhleart haig haigh haight haigler haigwood haile
hailgheanain hailgheanáin hailgheasa hailin hailiosa hailpin hailpín hailstock hailín haimhirgin haimhirgín hain
hainchin hainchín hainer haines hainey hainifin hainifín hainin hainion hainle hainli hainligh hainline hainmhireach
hainmneach hains hainthin hainthín hainín hairbheasaigh haire hairgrove hairmeasaigh hairmheasaigh hairr hairston hairt
hairtneada hairtnéada haiseadha haisley haislip haist haisten haith haithbheartaigh haithchir haithcock haitheasa
hajduk hajek haji hakala hakanson hakim hakimi halake halas halasz halberg halbert halbrook halcomb haldeman halder
halderman halfacre halferty halfhill halford haliburton halko hallachain hallacháin halladay hallahan hallam hallanan
hallas hallback hallberg halle halleck hallee hallenbeck haller hallett hallford halliburton halliday halligan hallin
hallinan halling hallisey hallissey halliwell hallman hallmhurain hallmhúráin hallock halloran halloway hallowell
hallstrom hallum hallums hally halm halmhain halpen halper halperin halpern halpin halsell halseth halsey halstead
halsted halterman haltom halton haluska halverson halvorsen halvorson hamad hamada hamaker hamalainen hamamoto haman
hamann hamar hambelton hamberg hamblen hamblet hambleton hamblin hambly hambrick hambright hamburg hamby hamdan hamed
hameister hamel hamelin hamer hamernik hames hamid hamil hamill hamiter hamiton hamler hamlett hamley hamlin hamm
hammack hammaker hamman hammann hammar hammel hammell hammen hammerschmidt hammersley hammersmith hammes hammett
hammill hammitt hammon hammond hammonds hammons hammontree hamner hamon hamp hampel hampshire hampson hampton hamra
hamre hamric hamrick hamsher hanafin hanain hanan hanberry hanbury hanby hance hancer hanchett hancock hancox handa
handel handelman handley handly handshoe hane hanekamp hanel haner hanes haney hanford haning hanington hanisch hankard
hanke hankerson hankey hankin hankins hankinson hankla hanley hanlin hanline hanlon hanluain hanly hann hannaford
hannagain hannagan hannagáin hannahs hannaidh hannaman hannan hanncard hanneman hanner hanners hanney hanni hannibal
hannigan hanning hannlaoigh hannold hannon hannrachain hannracháin hannraoi hannum hanover hanrachtaigh hanrahan
hanraoi hanratty hansard hansbrough hanscom hansel hansell hanselman hansen hanserd hansford hanshaw hanshew hansley
hanson hant hanten hanton hanus hanusaigh hanway hanzely hanzlik hanáin hançer hao haodha haodhgain haodhgáin haogain
haogáin haoidhgin haoidhne haoilbheard haoileain haoileáin haolain haollain haolláin haoláin haonachain haonacháin
haonghuis haonghusa happ happel hara harada harahoe haralson haran harari harb harbach harbaugh harbeck harber harbert
harbin harbison harbor harbuck harcain harclerode harcrow harcáin hardage hardaway hardcastle hardee hardegree hardel
hardeman hardemon hardenbrook hardesty hardge hardgrove hardie hardiman hardimon hardin harding hardinger hardison
hardisty hardman hardnett hardrick hardt hardway hardwick harelson haren harer harewood harford hargadain hargadon
hargadáin hargain hargan hargenrader harger hargett hargis hargrave hargraves hargreaves hargroder hargrove hargrow
hargáin hari harig haris harjo harju harker harkey harkin harkins harkleroad harkless harkness harkrider harlaigh harle
harles harless harlin harling harlow harman harmann harmer harmon harmsen harn harnage harnden harne harned harner
harnett harney harnish harnois harns haro harpe harpel harper harpin harpine harpold harpole harpster harr harrachtain
harrachtáin harragain harragáin harrah harrel harrell harrelson harren harrer harres harrier harrigan harriger harrihy
harrill harriman harring harrington harriott harriss harriston harrod harrold harrop harroun harrower harryman harsch
harsha harshaw harshbarger harshberger harshman harstad harta hartagain hartagáin harte hartel harten harter hartfield
hartford hartgrove harth hartig hartigan hartin harting hartis hartje hartl hartlage hartle hartless hartley hartline
hartling hartman hartmann hartness hartnett hartney hartog harton hartpence hartranft hartrick hartse hartsell
hartsfield hartshorn hartshorne hartsock hartsoe hartson hartsook hartt hartung hartwell hartwick hartwig harty hartz
hartzell hartzfeld hartzler hartzog harvard harvel harvell harvie harvill harville harvin harvison harward harwell
harwick harwood hasan hasbrouck hascall hasch hase hasegawa haselden haselton haseman hasenauer hashim hashimoto
haskell haskett haskew haskin haskins haslam haslem hasler haslett hasley haslip hass hasse hassel hassell hassen
hassett hassinger hassler hasson hastey hastie hastings haston haswell hatala hatchell hatcher hatchett hatfield
hathaway hathcock hatheway hathorn hatler hatley hatmaker hatt hattaway hatten hatton hattori hau hauber haubert
haubrich hauch hauck hauenstein hauer hauff haufler haug hauge haugen hauger haugh haughey haughney haught haughton
haugland hauk haun haupert haupt hauptman haus hausauer hauschild hause hauser hausladen hausler hausman hausmann
hausner hautala hauth havard havas havatone havel haveman havener havenhill haver haverkamp haverland haverly havermale
haverstock haverty havey haviland havis havlicek havlik hawbaker hawe hawes hawke hawken hawkes hawkin hawkins
hawkinson hawley hawn haworth hawrylak hawthorne hawver haxton hayase hayashi hayashida haycook haycraft haydel haydon
haye hayek hayer hayes hayford haygood hayhurst hayles haylett haymaker hayman haymer haymes haymon haymond haymore
hayne hayner haynes haynie hayre hayrioglu hayrioğlu hayse hayslett hayslip hayter hayton hayward hayworth hazan
hazelett hazelhurst hazelip hazell hazelrigg hazeltine hazelton hazelwood hazen hazlegrove hazlett hazlewood hazley
hazlip hazlitt hazzard heaberlin heachadha heachairn heachthigheirn heacock heacox headen headhnu headhra headlee
headley headrick headtromain heaffy heagain heaghra heaghrain heaghráin heagáin healai healaigh healaithe heald healey
heallaigh healuighthe healy heamhthaigh heanachain heanagain heanaigh heaney heanna heaphy hearain hearbhaird hearbhard
hearcain hearchaidh hearchu hearchú hearcáin heare hearghail hearghaile hearl hearn hearnain hearne hearns hearnáin
hearon hearrain hearron hearráin hearst hearáin heasley heaslip heaston heathcock heathcote heatherington heatherly
heathman heatley heaton heatwole heavener heavey heavner heavrin hebard hebb hebel heber heberling hebert hebner hebron
hechmer hecht heckaman heckard heckart heckathorn heckathorne heckel hecker heckert heckett heckman heckmann heckstall
hecox hedberg hedden hedderman hedgebeth hedgecock hedgepath hedgepeth hedger hedgpeth hedigan hedin hedley hedlund
hedman hedrick hedrington hedstrom heelan heenan heeney heer heeralall heeren heesch heeter hefel heffelfinger heffern
heffernan hefferon heffington heffler heffley heffner heffren heffron hefley heflin hefner hefti hegarty hegde hege
hegedus heger hegg heggan heggarty hegge heggen heggie heggs hegland heglar heglin hegna hegstad hegwood hegyi hehir
hehl hehn heibel heibhrin heibhrín heichel heichthigheirn heid heideagain heideagáin heideain heidecker heidel
heidelberg heideman heiden heidenreich heider heidgerken heidhin heidhni heidhniu heidkamp heidler heidorn heidrick
heidt heidtbrink heier heifearnain heifearnáin heifner heifrin heifrín heigcheartaigh heigearta heigeartaigh
heigheartaigh heighne heighnigh heighniu heigl heikes heikkila heikkinen heil heileman heili heilidhe heilig heiligh
heilire heilman heilmann heilíre heim heiman heimann heimbach heimer heimhigh heimhin heimhrin heimhrín heimhthigh
heimlich heims heimsoth hein heinandez heinbach heindel heine heineachain heineck heinecke heineman heinemann heinen
heiner heiney heini heinicke heinitz heinle heinlein heinniu heinonen heinri heinrich heinrichs heins heinsohn heintz
heintzelman heintzman heinz heinze heinzman heird heireamhoin heireamhóin heise heiser heisey heishman heisler heislin
heiss heister heit heiteagain heiteagáin heithchir heithir heitkamp heitman heitmann heitmeyer heitz heitzman heizer
helaoire helberg helbert helbig helbing helbling heldenbrand heldman heldt helery helf helfen helfer helfrich helfrick
helgerson helgeson helget helgren helke helland hellard hellberg helle heller hellickson helling hellinger hellman
hellmann hellmuth hellner hellums hellwig hellyer helman helmer helmers helmes helmich helmick helmig helminiak
helmkamp helmke helmle helmlinger helmuth helsel helser helsley helson helstrom helt helton heltsley helvey helwig hely
helzer heman hemberger hembree hemby hemenway heming heminger hemingway hemmen hemmer hemminger hemmings hemmingway
hemond hempel hempenstall hemphill hempstead hemsley hemstreet henagan henandez henao henault hendel hendershot
hendershott henderson hendler hendley hendon hendren hendrick hendricks hendrickson hendrie hendriks hendrix hendrixson
hendry hendryx henebry henegar heneghan henery heney heng hengel hengst henigan heninger henion henk henke henkel
henkensiefken henkle henle henley henline henman henn henne hennebry henneke hennelley hennelly henneman hennemann
hennen hennessee hennessey hennessy hennig hennigan henning henninger hennings henningsen henningson hennis hennon
henri henrich henrichs henricks henricksen henrickson henrie henriguez henriksen henrikson henriques henriquez hensel
hensen henshall henshaw henslee hensler hensley henson hentges henthorn henthorne henton hentschel hentz henwood henze
henzel heochach heochadha heochaidh heodhasa heodhusa heoghain heoghanain heoghanáin heon hepburn hepenstall hepfer
hepker hepler hepner hepp heppe heppner hepworth heraghty herandez heras heraty herbig herbold herbst hercules herda
herdman herdon herdt heredia hereford hereward herford hergert herget hering herington herity herlihy herlong hermance
hermandez hermann hermanns hermans hermansen hermanson hermes hermida hermon hermosillo hermsen hern hernadez hernande
hernandes hernandez herndon herner hernon hernández herod herold heroux herr herrada herrandez herranz herrara herrea
herrell herren herrera herreras herrero herrick herridge herriman herrin herrington herriot herriott herrman herrmann
herrod herrold herron hersch hersey hersh hershberger hershey hershkowitz hershman hersman hersom hertel hertenstein
herter hertlein hertler hertzberg hertzler hertzog hervas hervert hervey hervia hervás herwig herz herzberg herzig
herzing herzog hesch heskett heskin heslep hesler hesley heslin heslop hess hesse hessel hesselschward hesser hession
hessler hessling hesson hestand heston heth hetherington hetland hetrick hettinger hetu hetzel hetzler heubusch heuer
heuser hever heverly hevey heward hewell hewes hewett hewey hewins hewitt hewlett hewlin hewson heyd heyden heydt heye
heyen heyer heying heyman heyn heyne heys heyser heyward heywood hiarfhlaithe hiarfhlatha hiarnain hiarnáin hiatt
hibbard hibbert hibbetts hibbitts hibbler hibbs hibdon hibert hibler hibley hibner hibshman hice hiceadha hici hicidhe
hicin hickam hickel hicken hickenbottom hickerson hickingbottom hickle hicklin hickling hickman hickmon hickok hickox
hickson hicog hicí hicín hicóg hidalgo hieatt hieb hieber hiebert hiemstra hier hierro hiers hiestand hietala hiett
hifearnain hifearnáin higa higashi higbee higby higdon higgenbotham higgens higgin higginbotham higginbottom higgins
higginson higgs higham highfield highfill highley highne highsmith hight hightower higley higney higson higuchi higuera
higueras hilaire hilbert hilborn hilbun hilburn hilby hilchey hild hildebrand hildebrandt hildebrant hilden hildenbrand
hilderbrand hilderman hildreth hile hileman hiler hiles hiley hilgefort hilgendorf hilger hilker hillard hille
hillebrand hillen hillenbrand hiller hillerman hillery hillesheim hilley hillhouse hillian hilliard hillie hilliker
hillin hillis hillman hillmer hillow hillsman hillstrom hillwig hillyard hillyer hilsinger hilson hiltbrand hiltner
hilty hiltz hilyard hilyer hilz hime himel himes hinaman hinch hinchcliffe hinchey hinchliffe hinchman hinck hinckley
hincks hinde hindeberg hinderliter hinderman hindle hindman hine hinegardner hineiri hineirigh hineline hineman hiner
hinerman hines hinesley hiney hinger hingston hink hinkel hinkle hinkley hinks hinkson hinman hinnant hinneirghe
hinnenkamp hinney hinnéirghe hinojos hinojosa hinostroza hinote hinrichs hinrichsen hinshaw hinsley hinson hinton hintz
hintze hintzen hinz hinze hinzman hinzmann hinéirigh hinéirí hiocog hiocóg hiolain hiollain hiolláin hioláin hiomhair
hionnghaile hiorbhaird hiorbhard hiott hipp hippe hippert hipple hippler hipps hipsher hirai hiraldo hirano hirata
hirayama hird hirko hironaka hirsch hirschfeld hirschfield hirschman hirschy hirsh hirst hirt hirth hisaw hiscox hise
hisel hiser hisey hishon hiskey hisle hislop hissem histand histon hitchcock hitchens hitchings hitchman hite hiter
hites hitt hittle hittson hitz hively hix hixenbaugh hixon hixson hizer hjelle hjelm hjort hnat hoadley hoag hoagland
hoaglin hoague hoak hoang hoar hoare hoback hobain hoban hobart hobaugh hobbie hobbs hobdy hoberg hobgood hobson hoch
hochberg hochhalter hochhauser hochman hochmuth hochstatter hochstedler hochstein hochstetler hockaday hockenberry
hockensmith hocker hockett hockman hocutt hoda hodak hodapp hodde hodder hodel hodell hodes hodgdon hodge hodgens
hodges hodgin hodgins hodgkin hodgkins hodgkinson hodgman hodgson hodhra hodhrain hodhráin hodkinson hodnett hodo
hodsdon hodson hoefer hoefle hoefler hoefling hoeft hoehn hoehne hoekstra hoel hoelscher hoenig hoenstine hoeppner
hoerner hoerr hoese hoesly hoey hof hofe hofer hoff hoffa hoffelmeyer hoffer hoffert hoffler hoffman hoffmann
hoffmeister hoffmeyer hoffner hoffpauir hoffstetter hofman hofmann hofmeister hofstetter hogain hogarth hoge hogenson
hogg hoggan hoggard hoggatt hogge hoggle hoghartaigh hogland hogle hoglund hogrefe hogsett hogston hogue hoguet
hoheisel hohenstein hohl hohler hohlt hohman hohmann hohn hohnstein hoibicin hoibicín hoileain hoileáin hoir
hoirbheaird hoirbheard hoirchinnigh hoireabaird hoireabhaird hoireabhard hoireachtaigh hoiscin hoiscín hoisin
hoisington hoistin hoistion hoistín hoisín hokama hokanson hoke hokenson hokes holaday holahan holaway holben holberg
holbert holbrook holbrooks holcomb holcombe holdaway holdeman holden holderman holdman holdorf holdren holdridge
holdsworth holecek holeman holen holford holgate holguin holien holifield holiman holl hollabaugh holladay hollain
hollan holland hollander hollands hollandsworth hollar hollarain hollars hollaráin hollaway holle holleman hollen
hollenbach hollenbaugh hollenbeck hollender holleran hollibaugh holliday hollier hollifield holliman hollimon hollin
hollinger hollings hollingshead hollingsworth hollingworth hollins hollinshead hollinsworth hollister hollman hollmann
hollobaugh holloman hollomon hollon hollopeter holloran holloway hollowell holluin hollyfield hollywood holláin hollúin
holm holman holmberg holme holmen holmer holmes holmgren holmon holmquist holms holmstead holmstrom holness holohan
holoman holoway holquin holsapple holscher holsclaw holsey holshouser holsinger holsomback holst holste holstein
holsten holstine holston holsworth holt holte holten holter holthaus holtkamp holtman holton holts holtsclaw holtsoi
holtz holtzberg holtzclaw holtzen holtzman holub holyfield holz holzer holzhauer holzinger holzman holzwarth holzworth
hom homan homeyer homme hommel hommerding homrich honahni honaker honan honda honea honer honeycutt honeyestewa
honeyman honeywell honie honig honn honore honyumptewa honzell hoobler hooke hooley hooper hoopes hoos hoose hooser
hoosier hooten hootman hooton hoover hopewell hopf hopgood hopke hopkin hopkins hopp hoppe hoppes hopple hopps hopson
hopton hopwood hor hora horain horak horan horcain horchler horcáin hord hordge hordha hore horgain horgan horgáin hori
horine horio horiuchi horkey horky horman hormann hornak hornback hornbaker hornbeck hornberger hornbuckle horne horner
hornes horney hornick hornik horning hornsby hornstein hornung hornyak horodyska horodyski horowitz horras horrell
horrigan horrocks horsch horsfall horsley horsman horst horstman horstmann horta hortman horton horvat horvath horwitz
hosack hosae hosaka hosang hosch hosein hosek hosey hosford hosick hosier hoskie hoskin hosking hoskins hoskinson
hosler hosley hosmer hoss hossain hosten hoster hostetler hostetter hostettler hoston hotaling hotard hotchkiss hott
hottel hottinger hottle hotz hou houchen houchens houchin houchins houck houde houff houge hougen hough hougham
houghtaling houghton hougland houk houlahan houle houlihan hounshell houpt hourachain houracháin hourican hourigan
hourihane housand housden houseknecht housel houseman houser houseworth housewright housey housh housholder houskeeper
housley housman hout houtchens houtman houts houtz houze hovanec hovde hoven hovermale hoverson hoversten hovey hovis
hovland howarth howden howdyshell howe howell howells howen hower howerton howery howes howeth howey howie howington
howk howland howle howlett howley howry howse howser howson howton howze hoxie hoy hoye hoyer hoying hoyland hoyle
hoyos hoyte hoz hrabovsky hrbek hreha hricko hronek hruby hruska hsia hsiao hsieh hsu hua huaillearan huaithne
huaithnin huaithnín hualla huallachain huallacháin huallaigh huang huard hubain hubbard hubbell hubbert hubble hubbs
huber huberty hubiak hubler hubley hubner huch huck huckabay huckabee huckaby huckeba huckins hucks huckstep hudak
huddleson huddleston hudec hudecek hudelson hudgens hudgins hudkins hudler hudman hudnall hudock hudon hudson hudspeth
huebner huelskamp huelsman huerta huertas huesman hueso hueston huether huett huf huffaker huffer huffine huffines
huffman huffmaster hufford huffstetler huffstutler hufnagel hugar hugee huges hugg huggard huggett hugghins huggins
hughart hughen hughes hughett hughey hughley hughs hughston hugi hugill hugley huguenin huguet huguley huhn huhtala
huidhir huie huigin huiginn huigín huirthille huiscin huiscín huisinga huisman huitron huitseachain huitseacháin huitt
huizar huizenga huka hukill hulan hulbert hulburt hulen hulet hulett hulette hulin huling hulings hullain hullender
hullett hullihen hullinger hulláin hulme hulon huls hulse hulsey hulsizer hulslander hulsman hulst hult hultberg
hultgren hultman hultquist hults humbarger humber humberson humbert humbertson humburg hume humes humfeld humiston humm
hummel hummell hummer humpal humphery humpherys humphreys humphries humphry hund hundley hundt huneke huneycutt hungate
hungerford hunkins hunley hunn hunnell hunnicutt hunnings hunsaker hunsberger hunsicker hunsinger hunsley hunsucker
hunte huntington huntley hunton huntoon huntsberry huntsinger huntzinger hunziker huot hupp huppe huppert huprich hur
hurd hurdail hurla hurlbert hurlburt hurlbut hurlbutt hurlebaus hurles hurless hurley hurlock hurmholtaigh hurn hurndon
hurney hurns huron hurrell hursey hursh hurst hurston hurtado hurthuile hurtt hurwitz husain husak husar husby huse
huseby huseman huser huseth huskey huskin huskins husman huson huss hussain hussaini hussey hust husted huston
hutchcraft hutchcroft hutchens hutchenson hutcherson hutcheson hutchin hutching hutchings hutchins hutchinson hutchison
huth hutsell hutson hutt hutter hutto hutton hutts hutzel hutzler huwe hux huxford huxhold huxtable huyett huyler huynh
huyser hwang hwee hyatt hybarger hyche hyde hyden hyder hydrick hyer hylan hyland hyldahl hyler hylton hymas hymel
hymer hymes hynd hyndman hynds hynek hyneman hynes hynman hynson hynum hypolite hyppolite hyre hysell hyser hyslop
hysmith hyson hágáin hágúrtaigh háilíosa háinle háinlí hánusaigh hárlaigh héadhnú héadtromáin héaghráin héalaigh
héalaithe héalaí héaluighthe héamhthaigh héanacháin héanagáin héanaigh héideáin héidhniú héidhní héigcheartaigh
héigearta héigeartaigh héigheartaigh héighne héighnigh héighniú héil héilidhe héiligh héilí héimhigh héimhthigh héimhín
héineacháin héinniú héinrí héiní hénrí hícín híde híghne híomhair hóbáin hódhra hódhráin hóghartaigh hógáin hóir hór
hóra hórdha hóráin húbáin húrdail iacobucci iacono iacovelli iacovetto iadanza iadarola iago iannacone iannelli ianni
iannone iannotti iannucci iannuzzi iarla iasachta iascaire ibach ibanez ibarra ibañez ibikunle iborra ibsen ibáñez
icenhour ichikawa ickes iddings iezzi ifill iglehart iglesia iglesias igo igoe igou ihde ihejirika ihle ihlenfeld ihrig
iiams ijames ikard ikeda ikehara ikerd ikner iler iles iliff ille illingworth ilori ilupeju imai imali iman imber
imboden imbrogno imburgia imel imes imhof imhoff iminza imlay imler imme immel imoto impastato imperato imrie inabinet
ince inclan indelicato infante infantino infinger ing ingalls ingber ingels ingenito ingersoll ingerson ingham inghram
ingle ingles inglis ingmire ingold ingoldsby ingraham ingram ingrassia ingrum ingwersen ingwerson iniesta iniguez
iniquez inlow inman inmon inneirghe innes innis inniss innocenti innseadun innseadún inoa inoue inouye inskeep insley
interiano interminei interminelli inverso inzaghi inzunza iomaire iomhair ionescu ionita ioniță ionrachtaigh ioppi
iorio iosa iosog iovino ipock ippolito iqbal iraheta irby irelan ireri irey iriarte irick irion irizarry irle iroha
irvine isaacks isaacs isaacson isais isakson isaman isaza isbell isenberg isenhart isenhour isenhower iser iserman
isern isett ishak isham ishee isherwood ishibashi ishida ishii ishikawa ishmael ishman iskra islam islas isler isley
isner isola isom ison issak istre italia italiano ith ito itson iuliano iustas ivanoff ivans ivens ivers iversen
iverson ivery ives iveson ivester ivie ivins iwamoto iwanska iwanski iwasaki iwata iwu iyanda iyengar iyer izaguirre
izatt izquierdo izumi izzard izzi izzo iñiguez iústás jabbour jaber jablonowska jablonowski jablonska jablonski jackel
jacklin jackman jacko jackowska jackowski jaco jacobi jacobs jacobsen jacobson jacobus jacoby jacome jacot jacox
jacquemin jacquet jacquez jacquier jacuzzi jaeger jaegers jaen jaffe jaffee jager jagger jaggers jaggi jagla jago
jagoda jagodzinska jagodzinski jahn jahnke jahns jahr jaillet jaimes jain jaiyeola jakes jakob jakubowska jakubowski
jalbert jalomo jamerson jameson jamieson jamin janak janas janco janczak janda jandreau jandris janecek janecka janek
janes janeway jang janiak janicka janicki janik janish janiszewska janiszewski jank janke jankowiak jankowska jankowski
janner janney jannsen janos janosik janoska janoski janosko janousek janowiak janowska janowski jansen jansky jansma
janson janssen jansson jantz jantzen janus janusz janvier janz janzen jaqua jaques jaquet jaquez jaquish jaquith jara
jaramillo jarboe jarchow jardin jardine jardon jarecka jarecki jarett jarman jarmon jarnagin jarnigan jaros jarosz
jarquin jarrard jarratt jarreau jarrell jarrells jarret jarrette jarry jarso jarvi jarvie jasik jasinska jasinski
jaskot jaso jaspers jasso jaubert jaume jaure jauregui jaurez javens jawad jaworowska jaworowski jaworska jaworski
jaworsky jayaraman jaycox jaynes jayo jayroe jaén jeanbaptiste jeanbart jeanes jeangilles jeanjacques jeanlouis
jeannotte jeanpierre jeansonne jeanty jech jedlicka jee jefcoat jeffcoat jefferds jefferies jefferis jeffers jefferys
jeffords jeffress jeffreys jeffries jeffus jefwa jegede jehle jelimo jelinek jelks jelle jellerson jelley jellison
jelsma jemeli jemison jencks jendro jenkens jenkin jenkins jenkinson jenks jenne jenner jenness jenney jenning jennings
jennison jenrette jensen jenson jent jentzsch jeon jeong jepkemboi jepkemei jepkirui jepkogei jepleting jepngetich
jeppesen jeppson jepsen jepson jerabek jerde jereb jerez jerido jerman jernigan jervis jeschke jeska jeske jespersen
jesperson jessee jessen jessick jessop jessup jestes jeter jett jette jetter jetton jeune jew jewett jewkes jex
jezierska jezierski jha jhaveri jhonson jiang jiggetts jilani jilek jiles jillo jillson jimale jimenes jimenez jimenz
jimerson jiminez jimison jimmerson jiménez jindra jines jinkins jinks jinright jiron jitchaku jividen joachim joachin
joas jobe jobes jobin jobson jobst jochim jochum jodar jodon joens joerling joffrion johal johann johannes johannesen
johanning johannsen johansen johanson johansson johll johndrow johnigan johnosn johnsen johnsey johnsrud johnstad
johnston johson joines jojola joles jolicoeur jolin jolivette jolley jollie jolliff jolliffe joly jomo jonak jonason
jones jonke jonker jonson jonsson joo joos joplin jorda jordahl jorden jordison jordá jorgensen jorgenson jorstad
josephs josephson josey joshi joslin josselyn jost joubert jourdain jourdan journell jovanovich jove jovel jover
jovinelli jowers jowett joyal joyner joynes joynt jozwiak jozwick juarbe juares juarez jubb juckett juda judah judd
judice judkins judon jue juel juelfs juergens juhasz juhl jukes juliano juliar julien juliá julson jumba jumonville
jundt juneau junes junge jungels jungers junious junkin junkins juntunen jupin jupiter jurado juran jurasek jurczyk
jurek jurewicz jurgens jurgensen jurica jurkiewicz jusino justesen justiniano justis jutras juvara juárez jáuregui
jódar kaaihue kaari kaba kabel kaberia kabiru kabler kabui kaburu kachel kacher kaczmarczyk kaczmarek kaczmarska
kaczmarski kaczor kaczorowska kaczorowski kaczynska kaczynski kadakia kade kadel kadenge kadlec kadzo kaeding kaelin
kaeo kaercher kaeser kaestner kafer kafka kafton kagan kagawa kageha kagendo kagwiria kahan kahanek kahele kahindi kahl
kahle kahler kahn kahre kahrs kaigler kail kaimenyi kain kaina kaingu kainz kairu kaiwi kaizer kajuju kakacek kakai
kakar kalafut kalama kalani kalar kalas kalata kalauli kalb kalbach kalekye kaler kaleta kalil kalin kalinowska
kalinowski kalis kalish kalita kalka kall kalla kallam kallas kallenbach kallenberger kallio kallman kalman kalmbach
kaloki kalsow kalt kaltenbach kalthoff kalume kamada kamai kamaka kamalii kaman kamande kamara kamathi kamdar kamel
kamen kamene kamer kamerer kamerling kamin kaminska kaminski kaminsky kamke kamm kammel kammer kammerer kamp kampa
kampen kamper kampf kamps kamrowska kamrowski kan kana kanady kanagy kanan kanana kananu kanarek kanas kanda kandel
kander kandie kandoll kaneko kaneshiro kang kangas kangethe kangley kangogo kania kanipe kanja kann kannan kanne
kannenberg kanner kano kanode kanoff kant kanter kantner kantola kantor kantrowitz kantz kanyi kanzler kao kapadia
kapaun kapinos kaplan kaplin kaplowitz kaplun kapoor kapp kappel kappes kappler kaps kapur kapuscinska kapuscinski kar
karadeniz karalis karambu karas karathanasis karau karban karcher kardos karels karg karikari karle karlin karls
karlsen karlson karlsson karn karner karnes karney karnik karns karp karpe karpf karpin karpinska karpinski karpowicz
karr karras karst karsten karter kartes karuga karuri karwitha karwoska karwoski kasahara kaschak kase kasel kaser kash
kashyap kasinger kaspar kasparek kasparian kasper kasperska kasperski kasprzak kass kassa kassab kassel kassem kassner
kasson kast kastanes kasten kaster kastler kastner kasun kasyoka kata katayama katcher kates kath kathambi kathan
kathman kathure kato katon katsch katt katz katzenbach katzenberger katzer katzman kauble kauffman kaufman kaufmann
kaul kaup kauppi kaupu kaur kaus kautz kautzman kauzlarich kavanagh kavanaugh kaveney kawa kawaguchi kawakami kawamoto
kawamura kawano kawasaki kawashima kawira kaya kaylor kays kayser kazarian kazda kazee kazmierczak kazmierska
kazmierski kazungu kea keach keady keagle keala kealey keally kealoha kealty kealy keams kean keane keaney keany
keapock kear kearbey kearl kearley kearney kearns kearse kearsley keary keas keasey keasler keast keathley keating
keatley keaton keator keats keatts keaveney keaveny keawe kebert keck keddy kee keeble keebler keech keedy keef
keefauver keefe keefer keeffe keegan keehan keehn keele keeler keelin keenaghan keenahan keene keeney keenum keeny keer
keeran keery kees keese keesee keesey keesler keesling keeter keeth keeton keever keevers keezer kefauver keffer kegler
kegley keh kehew kehl kehler kehm kehoe kehr kehrer keifer keiffer keightley keil keilen keim keiper keir keirn keirns
keirstead keiser keisler keister keitany keitel keiter keithley keitt keizer kelch kelderman keleher kelemen kelii
kelker kell kellam kellams kellar kelleher kellems kellen keller kellerhouse kellerman kellermann kellett kelliher
kelling kellis kellison kellman kellner kellog kellogg kellough kells kellstrom kellum kelm kelnhofer kelsch kelso
kelsoe kelson keltner kelton kelty keltz kelvey kemble kemei kemery kemler kemmer kemmerer kemnitz kemp kempel kemper
kempf kempker kemple kemplin kemppainen kempson kempt kempton kenan kendell kendi kendig kendle kendricks kendrix
kendzior kenebrew keneipp kenga kenison keniston kenlan kenley kenlon kenmore kennady kennamer kennamore kennan kennard
kenndy kenneally kennebeck kennebrew kennell kennellan kennelly kennemer kennemore kenner kennerly kennerson kennett
kenney kennington kennison kenniston kennon kenon kensey kensinger kentner kenworthy kenyon keo keogan keogh keoghan
keoghane keohan keohane keough keown kephart kepler kepley keplin keplinger kepner kepp keppel kepple keppler kerber
kerbow kerby kercheval kerchner kerekes kerestes kerfien kerfoot kerin kerins kerl kerley kerlin kermody kern kernan
kerner kerney kerns kerr kerrick kerrigan kerrisk kerschner kersey kersh kershaw kershner kerstein kersten kerstetter
kertz kerville kervin kerwick kerwin keser kesinger keske kesler kesling kesner kessel kessell kesselman kesselring
kessenich kessinger kessler kesten kester kesterson kestler kestner ketcham ketchem ketcher ketcherside ketchie ketchum
ketelsen keter ketner ketron kett kettel ketter ketterer kettering ketterling ketterman kettler kettner kevane kever
keville keyes keylon keyser kha khaemba khalaf khalif khalil khalili khalsa khamis khamisi khamo khamvongsa khang
khanna khare khatri khim khisa khong khosla khouri khoury khurana kiah kiama kibbe kibbey kibble kibby kibe kibiwot
kibiwott kibler kibodeaux kiboi kibor kicklighter kidane kidd kidwell kiedrowska kiedrowski kief kiefer kieffer kiehl
kiehm kiel kiely kiema kiener kienle kienzle kier kierane kierans kierstead kies kiesel kieser kiesling kiester
kietzman kifer kigen kiger kight kightlinger kihara kiilu kiio kiiru kijowska kijowski kiker kilawee kilbane kilborn
kilbourn kilbourne kilbride kilburn kilbury kilby kilcoyne kilcrease kilcullen kilday kildea kildow kilduff kile
kilfoyle kilgallen kilgallon kilgo kilgore kilgour kilhooly kilkenny kilker killam kille killebrew killeen killen
killgore killilea killin killinger killingsworth killingworth killins killion killman killooly killoran killough
killoughry killpack kilman kilmartin kilmer kilmon kilmore kilonzi kilpatrick kilroe kilroy kilson kilton kimaiyo
kimanthi kimaru kimball kimbel kimbell kimberlin kimberling kimble kimbler kimbrel kimbrell kimbriel kimbro kimbrough
kime kimeli kimemia kimery kimes kimler kimm kimmel kimmell kimmer kimmins kimmons kimosop kimotho kimoto kimpel kimple
kimrey kimsey kimtai kimura kimzey kinaghan kinahan kinard kincade kincaid kincaide kincannon kincer kincey kinch
kincheloe kinchen kincy kindall kindel kindell kindig kindla kindler kindley kindrick kindt kine kiner kines kingery
kinghorn kingman kingori kingrey kingsberry kingsbury kingsland kingsley kington kinion kiniry kinkade kinkead kinkel
kinkle kinlan kinlaw kinlen kinley kinloch kinman kinn kinnaird kinnaman kinnamon kinnan kinnane kinnard kinne kinnear
kinnebrew kinnegan kinneman kinner kinnerk kinney kinnick kinnison kinnon kinny kinoshita kinoti kinsel kinsella kinser
kinsey kinsler kinsley kinslow kinson kinstler kinter kintner kintz kintzel kinya kinyon kinzel kinzer kinzie kinzinger
kiogora kiper kiphart kipkemei kipkogei kipleting kipp kipps kiptanui kiptui kiptum kipyego kiragu kiraly kirch kircher
kirchhoff kirchmeier kirchner kirchoff kirckof kirimi kirkbride kirke kirkeby kirkendall kirkendoll kirker kirkham
kirkhart kirkland kirkley kirklin kirkman kirkpatrick kirksey kirkwood kirn kirsch kirschbaum kirschenbaum kirschenman
kirschenmann kirschner kirsh kirshner kirst kirstein kirtland kirtley kirton kirts kirven kirwa kirwan kirwin kisamore
kiser kish kishimoto kisilu kisinger kisler kisling kisner kissack kissam kissane kissee kissel kissell kissinger
kissler kissling kissner kist kistler kistner kita kitagawa kitamura kitch kitchel kitchell kitchin kitheka kithinji
kithome kiti kitner kitonga kitsao kitson kitt kittel kittell kittelson kitterman kittinger kittle kittler kittles
kittleson kittredge kittrell kitts kituku kitur kitzman kitzmiller kivett kivi kivuva kizer kizziar kjos klaas klaassen
klages klahn klahr klaiber klamm klann klaphake klapp klapper klar klare klaren klarich klasen klass klassen klatt
klatte klaus klauser klausner klawiter klawitter kleber kleckner klee kleeman klees kleffman kleiber kleiman klein
kleine kleiner kleinert kleinman kleinpeter kleinschmidt kleis kleist klem klement klemetson klemm klemme klemp klenk
klenke klepper klett kleve kleven klever klick kliebert klien klier kliethermes kliewer klima klimas klimczyk klimek
kline klinedinst klinefelter kling klingbeil klinge klingenberg klingensmith klinger klingler klingman klink
klinkhammer klinko klipfel klipp klippel klitzing kloberdanz kloc klock klocke klopfenstein klopfer klopp klos klose
kloss klossner kloster klosterman klotz kluck kluender kluesner klug klugh klump klumpp klunder klusman kluss kluth
klutts kluttz kluver kmetz kmiec kmiecik knaack knab knabe knabjian knaebel knaff knaggs knapik knapp knappenberger
knapper knarr knaub knauer knauf knauff knaus knauss kneafsey knebel knecht kneeland kneip kneisel kneisley knepp
knepper knerr knicely knick knickerbocker knickrehm knierim kniffen knighten knighton knipe knipp knippel knippenberg
knipper knippers knipple knisely knisley knittel knobel knoble knobloch knoblock knoch knocke knoedler knoerzer knoff
knoke knoles knoop knop knopf knopp knore knorr knott knotts knouff knouse knowles knowling knowlton knox knudsen
knudson knudtson knupp knuteson knuth knutsen knutson knutt koba kobashigawa kobayashi kobbe kobel kober kobia kobrin
kobus koch kochan kochanska kochanski kochel kocher kochis kocian kock kocsis kocurek koczur koebel koehl koehler koehn
koehne koeller koelling koelsch koelzer koen koeneman koenen koenig koenigs koening koepke koepnick koepp koeppel
koeppen koepsell koerber koerner koester kofahl koff koffler koffman kofoed koga kogan koger kogo kogut koh kohan kohen
kohl kohler kohlhepp kohli kohlman kohlmeier kohlmeyer kohls kohn kohnen kohner kohnke kohout kohr kohut koizumi kojima
kok kolade kolander kolar kolasinska kolasinski kolb kolbe kole kolek kolenda kolesar kolich kolk koll kollar kollen
koller kollman kolman kolmer kolodziej kolstad kolter komar komara kombe kombo komen komora komorowska komorowski
konarska konarski konda kondo konecny konen kong konieczny konigsberg koning konkel konkle konkol kono konopka kontos
konz koo koob koogler kooistra koome koomson koon koonce koons koontz koop koopman kooy kopacz kopczyk kopczynska
kopczynski kopec kopecky kopf kopka kopko kopp koppa koppen koppes kopriva koprowska koprowski koran korando korb
korber korczynska korczynski koren korhonen korman korn kornblum kornbluth kornegay korner kornfeld kornreich koros
korpal korpela korpi kort korte korth korus koruturk korutürk kos kosa kosak kosakowska kosakowski kosar kosel koser
kosh koshy kosinska kosinski kosir koska koskei koski kosky kosloska kosloski koslosky koslow kosmala kosoko koss
kossman kossow kost kostelnik koster kostic kostka kostura kota kotas kotch kotcher kotecka kotecki kotek koth kothari
kothe kotler kotlowska kotlowski kotowska kotowski kotson kott kotter kottke kottwitz kotz kouba koudelka kough kouns
kountz kouri koury kouyate kovac kovach kovacich kovacs koval kovar kovarik kovatch kovats koverman kovich kowal
kowalczyk kowaleska kowaleski kowalewska kowalewski kowalik kowalska kowalski kowalsky koya koza kozak kozar kozel
kozeliska kozeliski koziel kozik koziol kozisek kozlowska kozlowski kozma kozub kraatz krabbe krabill krach kracht
kradel kraebel kraeger kraemer krafft kraft krag krage krahenbuhl krahn krajewska krajewski kraker krakowska krakowski
kral kralik kraling krall kram kramer krammer kramp krane kraner krans krantz kranz kras kraska krasner krasnow kratky
kratochvil kratz kratzer kratzke kraus krause krauser kraushaar krauss krausz kraut krauth kravetz kravitz krawczyk
krawiec kreamer krebbs krebel krebs krebsbach krech kreeger kreft kreger krehbiel kreider kreidler kreiger krein
kreiner kreis kreischer kreisel kreiser kreisler kreisman kreiter kreitzer krejci kreke krell kremer krenek krenn krenz
krenzer krepps kreps kresge kress kresse kretschmer kretz kretzer kretzschmar kreutzer kreuzer krewson krey krick
krider kridler kriebel krieg kriegel krieger kriener krier kriese kriesel krigbaum kriger krikorian krill krimple
kriner kring krings krinsky krise krishnamurthy krishnan kriss krist kristek kristensen kriston kritikos kritz kriz
krizan krob krock kroeger kroeker kroemer kroenke kroger krogh krogman kroh krohn krois krok krol kroll krom kromer
krompel kron kronemeyer kronenberg kroon krop kropf kropp krotzer krous krouse krout kruchten kruckeberg kruckenberg
kruegel krueger krug kruger krugh krugman kruk krukowska krukowski krul krull krum krumm krummel krupa krupinska
krupinski krupp kruppa kruschke kruse krystofiak krzemien krzeminska krzeminski krzyminska krzyminski kua kuamoo kuan
kuang kubacka kubacki kubala kubat kube kuberska kuberski kubes kubiak kubicek kubik kubin kubis kubisiak kubitz kubly
kubo kubota kuc kucera kuchar kucharska kucharski kuchera kuchler kuchta kucinska kucinski kuck kuczynska kuczynski
kuder kudo kue kuebler kuechle kuehl kuehn kuehne kuehner kuehnle kueny kuester kueter kuether kuffel kugel kugler kuh
kuhl kuhlman kuhlmann kuhn kuhnert kuhns kuhr kuiper kuipers kujak kujawa kujawska kujawski kukene kukla kuklinska
kuklinski kukowska kukowski kula kulakowska kulakowski kulas kulesza kulhanek kulick kulig kulik kulikowska kulikowski
kulinska kulinski kulju kulkarni kull kullman kulp kulpa kumar kumer kumi kumm kummer kump kun kuna kunda kunde kundert
kundu kunert kung kungu kunkel kunkle kunsch kunselman kunshier kunst kuntz kunz kunze kunzman kuo kuper kupfer kupiec
kurek kurgan kurgat kurian kurland kurtenbach kurth kurtz kurtzman kurui kuruvilla kurz kuschel kusek kush kushi
kushner kushnir kusi kusiwaa kuske kuss kuster kuta kutch kutcher kutner kutsch kutscher kutz kutzner kuykendall kuyper
kuzma kuzyk kvam kvamme kwaakye kwaakyewaa kwak kwan kwartemaa kwarteng kwasniewska kwasniewski kwasnik kwemoi
kwiatkowska kwiatkowski kwiecien kwiecinska kwiecinski kwit kwok kwon kwong kye kyei kyeiwaa kyer kyerewaa kyger kyker
kyler kyles kyllonen kyne kysar kyser kyte kyzer kısakurek kısakürek laa laabs laakso labadie labar labarbera labarge
labarr labarre labat labate labay labbe labeau labella labelle laber laberge labhra labhradha labhru labhrú labianca
lablanc laboe labombard labonte labor laborde labore labounty laboy labrada labrador labranche labreche labreck
labrecque labree labrie labriola labrum labuda lacasse lacava lacayo lacaze lacefield lacer lacewell lach lachance
lachapelle lacher lachermeier lachnain lachner lachney lachnáin lachowicz lachtnain lachtnáin lachut lacina lackner
lacko laclair laclaire lacomb lacombe laconte lacorte lacoss lacoste lacount lacour lacourse lacroix lacross lacrue
lacuesta lada laday ladd ladden lader laderman ladewig ladhradha ladner ladouceur ladson ladue laduke ladwig lafata
lafave lafayette laferriere lafever lafevers lafferty laffey laffin laffitte laffoon laflame laflamme lafleche lafler
lafleur lafluer lafoe lafollette lafon lafond lafontaine lafontant laforce laford laforest laforge laforte lafortune
lafountain lafoy lafrance lafrancois lafratta lafreniere lafromboise lafuente lagace lagan lagarde lagasse lagat lagazo
lage lagerquist laghmainn lagman lago lagos lagrange lagrave lagreca lagrimas lagrone lagrow laguardia lague laguerre
laguna lagunas lahaie lahay lahey lahiffe lahman lahr lahti lahy laib laible laiche laideain laideáin laidhe laidhigh
laidhin laidhleis laidhléis laidlaw laighin laighnigh lail lailligh lailliu lailliú laimhbheartaigh laimhin lainez
laing lainhart lainn laino laipple laird lairmore lairsey lairson laithbheartaigh laithimh laithmhe lajara lajeunesse
lajoie lakatos lakeman laker lakey lakhani lakin lakins lal laliberte lalin lalk lall lalla lallaidh lallaigh lalley
lalli lallier lally lalonde lalone lalor lamacchia lamagna laman lamanna lamantia lamarca lamarche lamark lamarque
lamarr lamarre lamaster lamastus lamattina lamay lambdin lambe lamberson lambert lamberth lamberti lamberton lambertson
lamberty lambeth lambie lamblin lamborghini lamborn lamboy lambrecht lambright lambros lambson lamendola lamere lamey
lamhain lamhna lamica laminack lamirande lamke lamkin lamkins lamm lammers lammert lammey lamon lamond lamons
lamontagne lamonte lamore lamoreaux lamorte lamothe lamotte lamountain lamour lamoureaux lamoureux lampe lampert
lamphear lamphere lamphier lampi lampkin lampkins lampley lampman lamprecht lampron lampton lamson lamy lanagain
lanagáin lanahan lanasa lancaster lancia lancisi lanclos lancon lancour lanctot landa landaker landau landaverde lande
landen landeros landers landes landess landey landford landfried landgraf landgren landi landin landis landman landolt
landor landowska landowski landram landreneau landress landreth landrigan landrith landrum landry landsaw landsberg
landsman landstrom landwehr landy laney lanford lanfranchi langan langdon lange langel langelier langen langenfeld
langer langeveld langevin langford langham langhorne langille langlais langland langley langlinais langlois langman
langner lango langone langridge langsam langseth langstaff langston langton langtry langwell langworthy lanham lanier
lanigan laning lanka lankford lanman lanners lanni lannigan lanning lanno lannom lannon lano lanoue lanouette lanphear
lanphere lansberry lanser lansford lansing lant lanter lanterman lanthier lantigua lantrip lantz lantzy lanz lanza
lanzarin lanzilotta lanzo lao laochdha laodhog laodhóg laoghaire laoghog laoghóg laoi laoidh laoidhe laoidhigh
laoingsigh laoithe lapage lapain lapan lape lapenta laperle lapeyrouse lapham lapidus lapier lapierre lapin lapine
lapinska lapinski laplaca laplant laplante laplume lapoint lapointe laporta laporte lapp lappin laprade laprise lapsley
lapáin larabee laracuente laraia laramee laramie laramore laraway larcain larcher larcáin lardner lare lareau larence
lares largan largen largent largey larick larimer larimore larin larios laris larison lariviere larke larkey larkin
larkins larmer larmon larmore larner larocca larocco laroche larochelle larock larocque laroque larosa larose larrabee
larranaga larrañaga larrea larrick larrimore larrison larrivee larroque larrow lars larsen larson larsson larusso lary
las lasa lasaidhe lasala lasalle lasater lascala lascano lasch laseter lashbaugh lashbrook lasher lashley lashua
lashway lasiter laska lasker laskey laskin lasko laskowska laskowski lasky lasley lasorsa lassalle lassen lasser
lasserre lasseter lassiter lassley lassonde laster lastinger lastra lastrapes laswell lata lathaigh latham lathan
lathem lathen lathrop latimer latimore latin latino latiolais latner latney lato latona latorre latouche latour
latourette latsha latshaw latson latta lattanzio lattea lattimer lattimore lattin lattuada lattus latty latu latulippe
latz lau laub laubach laube lauber laubscher lauck laude laudenslager lauder lauderback lauderdale laudermilk laue
lauer laufer lauffer laughary laughery laughinghouse laughlin laughman laughner laughridge laughton laulu laumann laun
launer launius laurent lauria lauricella laurich laurin laurito lauritsen lauritzen lauro laursen laury lautenschlage
lauter lauterbach lauth lautz lauver laux lauze lauzier lauzon lav lavalle lavallee lavalley lavallie lavan lavancha
lavecchia lavell laven laver laverde laverdiere lavere lavergne laverriere lavertu laverty lavery lavey lavi lavigna
lavigne lavin lavine laviolette lavoie lavoy lawalin lawerance lawery lawes lawhead lawhon lawhorn lawhorne lawing
lawler lawley lawlis lawlor lawnicka lawnicki lawrance lawrey lawrie lawry lawson lawther lawton lawver laxen laxson
laxton laycock layden laye layfield layland laymon layo layous layton lazaga lazalde lazano lazard lazarska lazarski
lazarus lazarz lazcano lazenby lazo lazor lazos lazzara lazzari lazzell leab leachman leacock leacy leadbetter
leadingham leadley leadus leagha leahey leahy leake leakes leal leallaigh leaman leamhna leaming leamon leanachain
leander leandry leannain leannáin leanos leaphart lear leard leary leaser leask leasure leath leathaigh leatham
leatherman leatherwood leathlobhair leaton leavell leaver leavey leavitt leavy lebaron lebeau lebel leber lebert
leblanc lebleu leblond lebo leboeuf lebouef lebow lebowitz lebron lebrun lebsock lecea lech lechler lechner lechuga
leck leclair leclaire leclerc leclere lecocq lecompte lecomte lecount lecroy lecuyer leday ledbetter leddin leddon
leddy leder lederer lederman ledesma ledet ledezma ledford ledgerwood ledin ledingham ledlow ledo ledonne ledoux leduc
ledue ledwell ledwich ledwith ledyard leeder leedom leedy leehy leeman leeming leen leeney leep leeper leese leeson
leet leetch leete leeth leever lefave lefebre lefebure lefebvre lefever lefevers lefevre leff leffel leffert leffew
leffingwell leffler lefkowitz lefler leflore lefort lefrancois leftwich legan legard legare legaspi legault lege
legendre leger legere legerska legerski legette legg legge leggett leggette leggio leggitt legleiter legler legnante
legner legnon lego legrand legrande legree legrone legros lehan lehane lehman lehmann lehmkuhl lehn lehne lehnen lehner
lehnherr lehoux lehr lehrer lehrke lehrman lehtinen lehto leib leibee leibel leibold leibowitz leiby leicht leick
leidecker leider leidhin leidhinn leidholt leier leifer leighin leighinn leight leighton leighty leija leiker leimbach
lein leineachain leinen leininger leinonen leinweber leipold leisenring leiser leishman leising leisinger leist leister
leisy leitao leitch leite leiter leith leitner leitz leitzel leitzke leiva leja lejeune lelei leleux lema lemaire
lemanska lemanski lemar lemarr lemaster lemasters lemay lemayian lembke lembo lemcke lemelin lemelle lemen lemieux
leming lemire lemke lemler lemley lemmer lemmo lemmon lemmond lemmons lemoine lemond lemonds lemos lemp lempke lemus
lenaghan lenahan lenart lenderman leneghan lenehan leng lengel lengyel lenhardt lenhart lenig lenihan lenius lenk
lenker lennane lennard lenning lennon lennox leno lenoir lenon lenox lenser lentine lentini lenton lents lentsch lentz
lenz lenze lenzen lenzi lenzini lenzo leoid leonardi leoncavallo leonelli leonette leonetti leong leonhardt leonhart
leoni leopardi leopold leos lepage lepak lepe lepere lepine lepisto lepley lepore lepper leppert lercari lerch lerma
lerman lerner leroux lesage lesane lescano lescarbeau lesch leser lesesne lesh lesher lesieur lesinska lesinski lesko
leskovec lesney lesniak lesniewska lesniewski lesperance lessard lessig lessley lessman lesueur lesure letarte letcher
letchworth letellier letendre leth leto letourneau letsinger letson lett letta letterman lettiere lettieri lettinga
letts leu leuck leukhardt leung lev levalley levan levandoska levandoski levandowska levandowski levar levario
levasseur levay leveille levell leven levene levengood levens levenson leventhal leveque leverett leverette leverich
levert leverton levesque levett levey levie levier levin levine levingston levins levinson levinthal levison levitan
levitsky levitt levron lew lewa lewallen lewandowska lewandowski lewellen lewelling lewellyn lewey lewicka lewicki
lewin lewinska lewinski lewison lewter lex ley leyba leyden leydon leyendecker leysath leyua leyva leza lezama lezcano
leágha leóid lheureux liadhain liagha liaghain liain liakos lian liang liao liathaigh liathain liatháin libbey liberati
liberato liberatore liberman liberti liburd licari licata licea lich licht lichtenberg lichtenberger lichtenstein
lichtman lichty lickliter lickteig licon licudine liddane liddell liddick liddle liddy lide lideadha lidster lieb
liebel lieber lieberman liebermann liebert liebig liebl liebman liebold liebowitz liebsch liechty liedtke lierman
lieser lieske lietz liew ligas lige liggett liggins liggons lighe lightbody lightbourne lightcap lightfoot lightford
lighthill lightle lightner lightsey lighty ligon ligorio liguori lijewska lijewski lilburn lile liles liley lilienthal
liljenquist lill lillard liller lilley lillibridge lillis lillo lim lima limage limas limbaugh limberg limehouse limmer
limoges limoli limones linares linch linck lincourt lind lindahl lindamood lindauer lindbeck lindberg lindblad lindblom
lindbloom lindbo linde lindell lindelof lindeman lindemann lindenbaum lindenberg lindenmuth linder linderman lindfors
lindgren lindholm lindhorst lindley lindloff lindner lindo lindon lindow lindquist lindsley lindstedt lindstrom
lineback linebarger linebaugh lineberger lineberry linehan linenberger linford lingard lingenfelter lingerfelt lingle
linhardt linhares linhart lininger linke linkous linley linnane linne linnell linneman linnen linney linny linquist
linscott linskey linsky linsley linson linthicum lintner linton lintz linville linz linzey linzy liodain liodáin
lionachain lionacháin lionberger lionnain lionnáin liostun liostún liotta liou lipari lipe lipford lipham lipinska
lipinski lipka lipkin lipman lipp lippard lippe lippeatt lippert lippincott lippman lippold lippomano lipps lipscomb
lipsett lipsey lipska lipski lipsky lipson liptak lipton liptrap lirette liriano lis lisby liscomb lisenby lish lisi
lisk liska liske liskey lisowe lisowska lisowski liss lister liston litaker litalien litchfield litchford liter
litherland litke litle litman litscher litster litt littell litten litteral littizzetto littlefield littlejohn
littlepage littles littleton littlewood littman litton littrell litts litwin litz litzinger liu liuzzi livengood
liverman livermore liverotti liverpool livesay livesey livingston livington livoti livsey lizama lizaola lizardi
lizardo lizarraga lizotte llabres llabrés llado lladó llanas llanes lledo lledó llerena llewellyn llobet llopis llorens
llorente lloret lluch loa loach loadholt loaiza loar lobato lobaugh lobb lobdell lobel lober loberg lobianco lobner
lobo lobos lobstein lobue locascio locastro loch lochain locher lochlainn lochlann lochnain lochner lochnáin lochrain
lochridge lochráin lochtnain lochtnáin locicero lockaby lockamy lockard lockart locke lockett lockhart lockie locklar
locklear lockley locklin lockman lockmiller lockner lockridge lockwood lococo loden loder lodi loe loeb loeber
loeffelholz loeffler loehr loera loesch loethen loew loewen loewenstein loeza lofaro loffredo lofgren lofland loflin
lofquist lofthouse lofties loftin loftis lofton loftus logain logel logemann loggins loghan loghry logiudice logsdon
logston logue loguidice logwood loh lohan lohman lohmann lohmeyer lohnes lohr lohrenz lohrman lohse loht loiacono
loibhead loibhéad loideain loideáin loididh loiko loineachain loineacháin loingscigh loingse loingseachain
loingseacháin loingsigh loinn loinne loinnigh loinnsge loinnsgigh loirgneain loirgneáin loiseau loisel loiselle lok
loke loken loker lokey lokietek lokken lollar lolley lollis lollobrigida loman lomanto lomas lomax lombard lombardi
lombardo lombera lombroso lomeli lomgaigh lomonaco lomuscio lonagain lonagáin lonain lonargain lonargáin lonas loncar
londain londo londono londra londáin lonergan lonero lones loney longacre longaigh longain longan longanecker
longchamps longe longenecker longerbeam longfellow longhena longhenry longino longley longmire longmore longnecker
longo longoria longsdorf longshore longstreet longstreth longsworth longtin longway longwell longworth longáin lonnain
lonndra lonndraigh lonndun lonndún lonnradh lonnáin lonon lonsdale lonzo lonáin loo looby lookabaugh looker loomer
loomis looper loos loosier loosli lopardo loparo lopeman loper lopez lopiccolo lopinto lopp lopresti lopresto lor loran
lorance loranger lorber lorcain lorch lorcáin lordain lordan lorden loredan loredo lorenc lorence lorensen lorenson
lorentz lorentzen lorenz lorenzana lorenzano lorenzen lorenzi lorenzini lorge lorick lorimer loring lorio lorona lorson
lorton lorusso losa losada losch losee losey losh loso losoya lossett lossing lostroh lothian lothrop lotspeich lott
lotti lotts lotz louck loucks louden louderback loudermilk loudin loudon loudy lougee lough lougheed loughlin loughman
loughmiller loughnane loughney loughran loughrey loughridge loughry louissaint louk lounsbury loupe louque loureiro
louro lousteau louth louthan louviere loux lovaglio lovallo lovan lovato loveall lovecchio loveday lovejoy lovelace
lovelady loveland lovell lovelock lovera loveridge lovering lovern lovett lovette lovick lovier lovin lovingood lovings
lovins lovitt lovvorn lowden lowder lowe lowen lowenstein lowenthal lowery lowes lowitz lowman lown lowndes lowney
lowrance lowrey lowrie lowrimore lowry lowther lowy loy loya loza lozada lozano lozeau lozier lozoya lua luachra luag
luain luaire luaithrinn luallen luanaigh luasa luasaigh lubhaing lubhog lubin lubinska lubinski lubinsky luby luc
lucarelli lucatero lucca lucchesi lucchini lucci lucciano luce lucena lucero lucey luchsinger lucht luciani lucidi
lucido lucier lucious lucitt luckado lucke luckenbach luckenbill lucker luckett luckey luckie luckman luckow lucus
luczak luczynska luczynski ludden luddy ludeman ludewig ludhog ludhóg ludington ludlow ludlum ludolph ludovisi ludwick
ludwig ludy luebbe luebbers luebbert luebke luechtefeld lueck luecke lueders luedke luedtke luellen luera lueras lueth
luetkemeyer luevano luff luffman lufkin luft lugar lughadha lughbhadha luginbill lugo luhman luhn luhr luhrs lui
luibhead luibhéad luick luineachain luineacháin luing luinigh luisead luiz lujan lujano luján luk lukach lukas
lukasiewicz lukasik lukehart luken lukens luker lukes lukowska lukowski luksa lum luman lumb lumbasi lumbert lumbra
lumbreras lumley lummus lumpkin lumpkins lumsden lumumba lunaigh lunam lunceford lund lundahl lunday lundberg lundblad
lunde lundeen lundell lunden lundgreen lundgren lundholm lundin lundmark lundon lundquist lundra lundsten lundstrom
lundy luneau lunham lunn lunney lunning lunny lunsford lunt lunz luo luog luoma luong luongo lupain luper lupercio
lupez lupi lupien lupinacci lupo luppino luptak lupton lupáin luque lurgain lurgáin luria lurie lurry lurvey lurz
lusane lusby luse lusk lussier lussu luster lustig luter luth luthra luthy lutke lutman lutrick lutter lutterman
luttrell luttrull lutts lutz luu luvert lux luxardo luxton luyando luzi luzier luzzi lyall lyalls lybarger lybbert
lybrand lyday lyde lyden lydic lydick lydon lyerly lyford lyke lykes lykins lyles lymon lynam lynchard lynchechaun
lynchehaun lynd lynde lynds lyne lynes lyng lynk lynskey lyon lyons lysaght lysiak lyssy lytch lytle lyttle lytton
lyvers láimhín lámháin lás lása lásaidhe léadús léanacháin léineacháin léis léith líonacháin líthe lócháin lógáin
lóndra lónáin lópez lórdáin lúbhaing lúbhóg lúing lúiséad lúnam lúndra lúóg maack maag maalim maas maass mabe mabee
maben maberry mabery mabey mabie mabon mabra mabrey mabry macadangdang macadoo macaleavy macallen macallister macaloon
macaluso macanally macaraeg macart macarthur macartney macasa macaulay macbeth macbreen macbride maccaffrey maccallum
maccanelli maccann maccarone maccartan maccarthy maccarville macchi macclenaghan maccole maccomisky macconachy
macconnaghy macconnell maccool maccormack maccrohan maccurtin macdermott macdevitt macdonagh macdonald macdonnell
macdougall macdowell macduff macdwyer macdyer macedo macegan macek macelgunn macever macevoy macey macfadden macfall
macfarland macfarlane macfaull macgee macgeehan macgill macgilligan macgillivray macging macginley macginnitty
macginnity macginty macgloin macglynn macgovern macgowan macgreal macgregor macgroarty macguinness macgurk mach macha
machado machain machala machale machen machenry machida machin machlin machnik machuca machuga machugh macháin macia
macias maciejewska maciejewski maciel macina macinerney macinnes macinnis macintyre macioce mackall mackay macke mackel
macken mackenna mackeown mackesey mackevitt mackey mackie mackiewicz mackin mackinnon mackins mackle mackler mackley
macklin macko mackowiak mackson macky maclachlan maclaren maclaughlin maclean maclennan macleod maclin maclysaght
macmahon macmaster macmonagle macmorrow macmullan macmullen macnabb macnaboe macnaboola macnally macnamara macnamee
macneela macneil macneill macnelis macnulty maco macomber macon macphail macpherson macphilbin macqueen macrae macrea
macri macshea macsweeney mactiernan macumber macvane macveagh macveigh macwilliams macías mada madadhain madadháin
madagain madagáin madaidh madaidhe madaidhin madain madamba madan madaoin madara madariaga maday maddalena madding
maddix maddock maddocks maddox maddux maddy madeira madeiros maden mader madera madere maderna maderno madero madewell
madia madigan madill madina madkins madlem madlock madole madon madonia madore madrid madril madriz madron madruga
madry madsen madson madu maduena madueno madyun madáin maeda maeder maertens maertz maes maese maestas maestre maez
maffei maffeo maffett maffit maffucci magain magalhaes magalhães magallan magallanes magallon magana magann magar
magauran magby magdaleno magee mageean magennis magennity mager magers mages mageto magett maggard maggart maggi maggio
maggioli maghanga maghnuis magid magill maginn maginnis maglio magliocca maglione magnan magnani magner magness magno
magnus magnuson magnusson magoon magouyrk magrassi magrath magri magro magruder maguidhir maguire magwood magyar magáin
mah mahabir mahaffey mahajan mahal mahamed mahamud mahan mahaney mahanna mahar maharaj maharrey mahat mahedy maheu
maheux mahi mahl mahle mahler mahlum mahn mahnke mahon mahone mahoney mahony mahood mahr mahurin maiava maicin maicín
maidin maidín maier maietta mailhiot mailhot maille maillet mailloux mainchin mainchín maine mainella mainer maines
maingin maingín mainichin mainichín mainin mainnin mainnín mainolfi mainor mainville mainwaring mainín maio maiorano
mair mairs mais maisano maisch maise maisel maish maison maisonet maitha maithnin maithnín maithya maitiu maitiú
maitland maiyo maj majano majcher majchrzak majerus majeska majeski majette majewska majewski majka majkut majorana
majumdar majure mak makara makarewicz makela maki makin makinde makino makins makinson makinwa makowska makowski makris
makuch makungu malabanan malacara malacarne malachi malagon malak malan maland malandruccolo malanga malaparte
malatesta malave malboeuf malbon malbrough malchow malcomb maldanado malden maldenado maldonado malec malecha malecka
malecki malek malenchini malenfant maletta malette maley malhotra malick malikowska malikowski malin maline malinowska
malinowski malinsky malipiero maliszewska maliszewski malizia malkin mallak mallari mallary mallen maller mallernee
mallery mallett mallette malley mallick mallin mallo mallon mallonee malloy mallozzi mally malm malmberg malmgren
malmquist malo maloba maloch maloid malone maloney maloof malott malouf malowney maloy malpass malpica malpighi malsam
malson malstrom malta maltba maltby maltese maltos maltz maluki malveaux maly malóid mammen mamo mamon manachain
manacháin manacorda manago manahan manalo manaois manard manasco mance mancebo mancell mancera mancha manchester mancia
mancil mancilla mancillas mancini mancino manco mancuso mand mandal mandato mandel mandelbaum mandell mander manders
manderscheid manderson mandeville mandez mandich mandigo mandoza mandrell mandujano maner manery maness maney manfre
manfred manfredi manfredonia mang mangal mangale mangan manganaro manganelli manganello mangano mangat mangel mangels
manges mangham mangina mangine mangini mangino mangione mangold mangone mangram mangrum mangual mangum mangus manhardt
manhart mani maniccia manier manigault manigo manion manis maniscalco manjarrez manjon manjón mank manka manke manker
mankey mankin manley manlove mann mannan mannarino manne mannella manney manni mannina mannings mannino mannion mannis
mannix manno mannoia mannon manns manntain manntáin manny mano manolesso manoogian manos manrique manriquez manross
manrriquez manry mansa manseau mansel mansell manser mansi mansir manske mansker manso manson mansour mansukhani mansur
mansız mantain mante mantegazza mantegna mantelli manter mantey manthe manthei manthey mantini manton mantooth mantyla
mantz mantáin manuele manuelito manues manunta manville manwaring manwarren manygoats manz manzanares manzano manzella
manzer manzi manzione manzo manzone manzoni manço maoil maoilceir maoilcheir maoilcheire maoilchiarain maoilchiaráin
maoilchéir maoilchéire maoilcéir maoildhia maoileachain maoileacháin maoileadaigh maoileagain maoileagáin maoileain
maoileala maoileanaigh maoilearca maoileide maoileoghain maoileoin maoileáin maoilfheabhail maoilia maoiliadh
maoiligeain maoiligeáin maoilin maoilmhiadhaigh maoilmhichil maoilmhichíl maoilmhin maoilmhín maoilriain
maoilshearcaigh maoiléadaigh maoiléide maoilín maoineachain maoineacháin maoinigh maoir maol maolagain maolagáin
maolain maolalaidh maolalaigh maolalla maolallaidh maolallaigh maolchaoine maolchatha maolchathaigh maolchraoibhe
maoldhomhnaigh maoldomhnaigh maolduin maoldúin maolfhabhail maolfhabhaill maolfhachtna maolfhábhail maolfhábhaill
maolghuala maolmhochoirghe maolmhochóirghe maolmhuaidh maolmhudhog maolmhudhóg maolmhuire maolmuaidh maolriaghain
maolriagháin maolriain maolruaidh maolruaidhe maolruana maolruanai maolruanaigh maolruanaí maoltuile maoláin maonagail
maonaigh maongail maonghaile maothagain maothagáin mapes maphis mapp mapps marable maracle maradiaga maragno maraia
marak maran marana maranain maranan marandola maranga marangoni marano maranto maranáin marasco maravilla marazzi
marbach marban marberry marbry marburger marbury marbut marcacci marcachain marcacháin marcaigh marcano marcantel
marceau marchak marchal marchan marchand marchant marchbanks marchese marchetta marchetti marchi marchiano marchio
marchione marchman marciante marcil marcinek marciniak marcinko marcinkowska marcinkowski marcom marconi marcotte
marcoux marcrum marcucci marcum marczak marden marder mardirosian mardis maready marello marenco marengo marenzio
maresca maresh marez margerum margeson margolies margolin margolis margotta marguez margulies margulis marhefka mariani
marich maricle marier marinacci marinaccio marinaro marinelli marinello marinero marinetti marinez maring marini
marinucci mariotti mariscal maritim maritn mariño markarian markee markel markell markert markey markgraf markham
markie markiewicz markin markins markland markle markley markman marko markoff markos markovich markow markowitz
markowska markowski marksberry markum markway markwell markwood marland marlar marlatt marler marlett marlette marley
marling marlor marlow marlowe marmas marmion marmo marmol marmolejo marmon marnain marnan marnell marney marnáin maroa
marocco marois marold marolda marolf marolt maron marone maroney maroni marotta marotz maroun marovich marple marquard
marquardt marquart marques marquette marquez marqués marr marra marrano marrara marren marrero marrin marrinan marriner
marriott marris marrison marro marron marrone marroquin marrotte marrs marrufo marrujo marsala marsalis marsch marschke
marsden marse marsee marshburn marshell marshman marsico marsili marsland marso marsolek marson marsteller marston
marszalek martain martan marte martel martell martella martellaro martelli martello martenez martensen marter martes
marthaler martindale martindelcamp martineau martinek martinelli martines martinez martinie martiniz martinsen
martinson martir martis martnez marton martone martorana martorano martorell martucci martz martí martínez marucci
maruco maruska marwa marz marzan marzano marzett marzette marzolf marzorati marzullo marí marín masai masaki mascagni
mascarenas mascaro mascaró mascetti mascheroni maschino mascia mascio mascolo mascorro masden masek maselli maser
masese masha mashack mashburn mashni mashore masi masias masiello masila masingale masino maske maskell masker maslow
maslowska maslowski masone masoner maspero masri massa massanet massar massari massaro massart masse massenburg
massengale massengill masser massett massey massi massiah massie massingale massingill massman massmann masso masson
mastandrea masteller masten masterman masterson mastin maston mastrangelo mastro mastrogiovann mastroianni mastronardi
mastropietro masucci masuda masur mata matamoros matano matara matarazzo matas matava matchett mateen mateer mateos
mater matera matern mateu mathai matheis matheka mathena matheney mathenge matheny mather matherly matherne mathers
mathes matheson mathews mathewson mathey mathghamhna mathia mathiason mathie mathies mathiesen mathieson mathieu
mathiew mathis mathisen mathison mathre mathuna mathur mathurin mathys mathúna mati matin matinez matis matkin matko
matley matlock matney matos matott matousek matranga matsko matson matsuda matsui matsumoto matsumura matsunaga matsuno
matsuo matsushita matsuura matsuzaki matta mattarella mattas mattei matteotti mattera mattern matteson mattews matthai
matthees matthes matthews matthewson matthias matthies matthiesen matthis mattice mattiello mattila mattingly mattinson
mattioli mattis mattison mattix mattke matton mattoon mattos mattox mattson mattsson matty matula matus matuszewska
matuszewski matute matyas matz matza matzek matzen matzke mau mauceri mauch mauck mauer mauffray mauger maugeri maughan
maughn mauk maulden mauldin maulding maule maull maultsby maun maundu maune mauney maupin maurais maurer mauriello
maurin maury maus mauser maust mauter mauti mautz mauzey mauzy maver mavity maweu mawia mawira mawson mawyer maxam
maxcy maxey maxfield maxham maxon maxson maxton mayaka mayall maybee mayben mayberry maybin maybury maycock mayeaux
mayeda mayen mayer mayers mayes mayette mayeux mayfield mayhall mayhan mayhew mayhorn mayhue mayhugh mayland mayle
maymi mayne mayner maynes maynez maynor mayol mayon mayone mayorga mayr mayrant mays mayse mayson maysonet mayton
maytorena maytubby mayville mayweather maza mazanec mazariego mazariegos mazer maziarz mazilescu mazin mazon mazur
mazurek mazurkiewicz mazyck mazza mazzacurati mazzanti mazzarella mazzariello mazzei mazzella mazzeo mazzi mazzie
mazzini mazzocchi mazzocco mazzola mazzone mazzoni mazzotta mazzuca mazzucco mbaabu mbae mbaka mbatha mbithe mbiti
mbogo mbriartaigh mbui mbula mbuthia mbuvi mcabee mcadam mcadams mcadoo mcadory mcafee mcaffee mcaleavy mcaleenan
mcaleer mcaleese mcalevy mcalexander mcalinney mcalister mcallen mcallister mcaloon mcalpin mcalpine mcalunny mcamis
mcanally mcandrew mcandrews mcaninch mcannally mcanulty mcardle mcareavey mcarthur mcarthy mcatee mcateer mcaulay
mcauley mcauliffe mcaveigh mcavoy mcbain mcbane mcbath mcbay mcbean mcbeath mcbee mcbeth mcbrayer mcbreen mcbride
mcbrien mcbroom mcbryar mcbryde mcburnett mcburney mcburnie mccaa mccabe mccadam mccadden mccafferky mccafferty
mccaffery mccaffrey mccaffry mccahill mccaig mccain mccaleb mccalister mccall mccalla mccallen mccalley mccallie
mccallion mccallister mccallon mccallum mccambridge mccamey mccammon mccampbell mccan mccandless mccandlish mccane
mccanless mccann mccanna mccannon mccanse mccant mccants mccardell mccardle mccarey mccargo mccarley mccarney mccarra
mccarrell mccarren mccarrick mccarroll mccarron mccart mccartan mccarte mccarter mccarthy mccartney mccartt mccarty
mccarver mccarville mccary mccaskey mccaskill mccasland mccaslin mccaster mccaughan mccaughey mccaul mccauley mccaulley
mccausland mccaw mccawley mccay mcchesney mcchristian mcchriston mcclaflin mcclain mcclaine mcclam mcclamy mcclanahan
mcclane mcclaran mcclard mcclaren mcclary mcclaskey mcclatchey mcclaughry mcclay mcclean mccleary mccleave mccleery
mccleese mcclellan mcclelland mcclenahan mcclendon mcclenny mcclenon mcclenton mcclerkin mccleskey mcclimon mccline
mcclintic mcclintick mcclintock mcclinton mcclish mccloe mccloskey mcclosky mccloud mcclour mccloy mcclune mccluney
mcclung mcclure mcclurg mcclurkin mccluskey mcclusky mcclymonds mccoin mccolgan mccoll mccollam mccolley mccollister
mccollom mccollough mccollum mccomas mccomb mccombs mccomiskey mccommon mccommons mcconaghey mcconaghy mcconathy
mcconico mcconkey mcconn mcconnaughey mcconnaughy mcconnel mcconnell mcconnon mcconville mccooey mccook mccool mccord
mccorkill mccorkle mccorley mccormack mccormic mccormick mccorry mccort mccorvey mccory mccosh mccosker mccoskey
mccotter mccourt mccovery mccowan mccowen mccown mccoy mccracken mccrackin mccrady mccrae mccraken mccraney mccranie
mccrann mccrary mccraw mccray mccrea mccready mccreanor mccreary mccree mccreedy mccreery mccreight mccright mccrimmon
mccrimon mccrohan mccrory mccroskey mccrossan mccrossen mccrossin mccroy mccrudden mccrum mccrystal mccuaig mccubbin
mccubbins mccue mccuen mccuin mccuistion mccuiston mcculla mccullagh mccullah mccullar mccullars mccullen mcculler
mccullers mcculley mcculloch mccullom mccullough mccullum mccully mccumber mccumiskey mccumisky mccune mccurdy mccure
mccurley mccurry mccurtain mccurtin mccurtis mccurty mccusker mccutchan mccutchen mccutcheon mcdade mcdaeid mcdaid
mcdanel mcdanial mcdaniel mcdaniels mcdannell mcdavid mcdavis mcdermitt mcdermod mcdermott mcdevitt mcdiarmid mcdill
mcdivitt mcdole mcdonagh mcdonald mcdonalds mcdonel mcdonell mcdonnell mcdonough mcdorman mcdougal mcdougald mcdougall
mcdougle mcdow mcdowall mcdowell mcduff mcduffee mcduffey mcduffie mcduffy mcdunphy mcdwyer mcdyer mceachern mceachin
mceachran mcelderry mceldowney mcelduff mcelfresh mcelgunn mcelhaney mcelhannon mcelhattin mcelhenney mcelhiney
mcelhinney mcelhone mcelligott mcellistrim mcelnay mcelnea mcelrath mcelravy mcelreath mcelroe mcelroy mcelvain
mcelveen mcelwain mcelwaine mcelwee mcelyea mcenaney mceneaney mcenery mceniry mcenry mcentaggart mcentee mcentire
mcentyre mceuen mcevaddy mcevilly mcevoy mcewan mcewen mcfadden mcfaddin mcfadin mcfadyen mcfall mcfalls mcfarlain
mcfarlan mcfarland mcfarlane mcfarlin mcfarling mcfarren mcfate mcfatridge mcfaul mcfaull mcfee mcferren mcferrin
mcferron mcfetridge mcfield mcfolley mcgaha mcgahan mcgahee mcgahey mcgalligly mcgann mcgarity mcgarr mcgarraghy
mcgarrah mcgarrigle mcgarrity mcgarry mcgarvey mcgary mcgath mcgaugh mcgaughey mcgaughy mcgauran mcgavock mcgaw mcgeady
mcgeary mcgee mcgeehan mcgeever mcgehee mcgeoghegan mcgeorge mcgeown mcgerr mcgettigan mcgettrick mcghan mcghee mcghie
mcgibbon mcgill mcgillicuddy mcgilligan mcgillis mcgillivray mcgilly mcgilroy mcgilton mcgilvery mcgilvray mcginley
mcginn mcginnes mcginness mcginnis mcginnitty mcginty mcgirl mcgirr mcgirt mcgivern mcgivney mcglade mcglamery
mcglasson mcglathery mcglaughlin mcglinchey mcglinchy mcgloin mcglone mcglothen mcglothin mcglothlen mcglothlin mcglown
mcglynn mcgoff mcgoldrick mcgonagle mcgonigal mcgonigle mcgory mcgough mcgourty mcgovern mcgowan mcgowen mcgowern
mcgowin mcgown mcgrady mcgrail mcgranahan mcgrane mcgranor mcgrapth mcgrath mcgraw mcgray mcgreal mcgreevy mcgregor
mcgrenehan mcgrew mcgriff mcgroarty mcgrory mcgruddie mcgruddy mcgruder mcguckin mcguffey mcguffie mcguffin mcguigan
mcguill mcguiness mcguinn mcguinness mcguire mcguirk mcguirl mcgurk mcgurl mcguyer mchaffie mchale mchaney mchargue
mcharry mchattie mchenry mchone mchorse mchugh mchughes mcie mcildownie mcilrath mcilroe mcilroy mcilvain mcilvaine
mcilwain mcilwee mcineely mcinerney mcinnes mcinnis mcintee mcintire mcintosh mcintrye mcinturff mcintyre mcirvin
mcisaac mciver mcivor mcjunkin mcjunkins mckague mckaigue mckain mckamey mckamie mckane mckay mckeag mckean mckearin
mckearney mckechnie mckee mckeegan mckeehan mckeel mckeen mckeever mckeighan mckeithan mckeithen mckell mckellar
mckeller mckellips mckelvey mckelvie mckelvy mckendree mckendrick mckendry mckeniry mckenna mckenney mckennon mckenny
mckenrick mckeogh mckeon mckeown mckern mckernan mckernon mckesson mckethan mckevitt mckey mckibben mckibbin mckiddy
mckie mckiernan mckillip mckillop mckim mckiney mcking mckinlay mckinney mckinnie mckinnies mckinnis mckinnon mckinny
mckinsey mckinstry mckinzie mckinzy mckissack mckissick mckitrick mckittrick mckiver mcknight mckowen mckown mckoy
mckune mclachlan mclafferty mclain mclaine mclamb mclane mclaney mclaren mclarney mclarty mclauchlin mclaughin
mclaughlin mclauglin mclaurin mclaurine mclaverty mclawhorn mclead mclean mcleary mcleer mclees mcleese mcleigh mcleish
mclellan mclelland mclemore mclendon mclennan mclennon mcleod mcleroy mclester mclin mcloon mcloone mcloud mcloughlin
mclucas mclure mcmacken mcmackin mcmahan mcmahen mcmahon mcmains mcmaken mcmakin mcmanamy mcmanis mcmann mcmanus
mcmartin mcmaster mcmasters mcmath mcmeans mcmeen mcmenamin mcmichael mcmickle mcmikle mcmillan mcmillen mcmiller
mcmillian mcmillin mcmillion mcmillon mcminn mcmonagle mcmonigle mcmorran mcmorris mcmorrow mcmullan mcmullen mcmullin
mcmunn mcmurdie mcmurphy mcmurray mcmurrin mcmurrough mcmurry mcmurtrey mcmurtrie mcmurtry mcnab mcnabb mcnaboe mcnair
mcnairy mcnally mcnamara mcnamee mcnary mcnatt mcnaught mcnaughton mcnay mcnea mcneal mcnealy mcnear mcnease mcnee
mcneece mcneel mcneeley mcneely mcneer mcnees mcneese mcneff mcneil mcneill mcneilly mcnelis mcnelley mcnellis mcnelly
mcnemar mcnerney mcnett mcnevin mcnew mcnichol mcnicholas mcnicholl mcnichols mcnickle mcniel mcniff mcnill mcninch
mcnish mcnitt mcnulty mcnurlen mcnutt mcomber mcpadden mcpartland mcpartlin mcpartlon mcpeak mcpeek mcpeters mcphail
mcphatter mcphaul mcphearson mcphee mcpheeters mcpheron mcpherson mcphie mcphilbin mcphillips mcpolin mcquade mcquaid
mcquaig mcquain mcquarrie mcquary mcquay mcqueary mcqueen mcqueeney mcquerry mcquigg mcquiggan mcquilkan mcquillan
mcquillen mcquiller mcquin mcquinn mcquire mcquirter mcquiston mcquitty mcquown mcrae mcraney mcrann mcrary mcray mcrea
mcready mcreath mcredmond mcree mcreynolds mcright mcroarty mcroberts mcrory mcroy mcshan mcshane mcsharry mcshea
mcsheehy mcsherry mcsorley mcspadden mcsparren mcspirit mcswain mcsween mcsweeney mctaggart mctague mcteague mcternan
mctiernan mctighe mctigue mcumber mcvay mcvea mcveagh mcveigh mcvey mcvicker mcvitty mcwain mcwalter mcwaters mcwatters
mcwayne mcweeney mcwherter mcwhirt mcwhirter mcwhite mcwhorter mcwilliam mcwilliams mcwright mczeal meabon meachair
meacham meachem meachum meade meader meaders meadhra meadhrai meadhraí meadog meador meadors meads meadóg meagher meahl
meaker mealaid mealer mealey mealing meallain mealláin mealoid mealoide meaney meanman meany meara mearai mearaidh
mearain meardha meares mearlaigh mearns mears mearáin meas mease meath meaux mebane mecham meche mechem mechling meck
meckler meckley mecum meczywor medas medcalf medders medeiros medel medellin meder mederios medero mederos medford
medici medina medlen medler medlin medlock medoff medoza medrano medsker medved meece meech meegan meehan meehl meekins
meeks meeler meenaghan meenan meers mees meese meester meffert mefford megaw megeath megginson meggs megivern meglio
mehaffey mehaffy mehan mehigan mehl mehler mehlig mehling mehlman mehr mehrens mehrhoff mehring mehta meidhir
meidhreach meidinger meier meiers meiggs meighan meigs meikle mein meinders meinecke meineke meiners meinert meinhardt
meinhart meininger meinke meints meinzer meir meirligh meirnigh meis meiscill meisel meisenheimer meiser meisinger
meisner meissner meister meitheagain meitheagáin meixner mejia mejias mejorado mekeel mekus melady melancon meland
melanson melara melbourne melby melcher melchior melder meldon meldrum mele melecio melendes melendez melendrez melendy
meler melero melfi melgar melgarejo melgoza meli melican melick melillo melin melino melito melius mell mella mellado
melland mellas melle mellen mellenthin meller mellet melley mellin melling mellinger mellish mello mellon mellor
mellott melnick melnik melnyk melo meloche melone melonson melot melott meloy melquist melrose melson melton meltzer
melugin melusky meluso melville meléndez membreno memmer memmott memon mena menaker menapace menard mencer mench
menchaca mende mendel mendell mendelsohn mendelson menden mendenhall mendes mendez mendia mendibles mendicino mendieta
mendiola mendivil mendizabal mendizábal mendola mendonca mendonsa mendosa mendoza menear meneely menefee meneley
menendez meneses meng menge mengel menges menghini mengolo menifee menjivar menk menke menn menna mennea mennella
mennenga menner menning menon menor menousek mensa mensah mensch menser mensing menter mento menton mentz mentzer
menuey menz menza menzel menzie menzies menéndez meola mera meranda merando meras meraz mercadante mercader mercado
mercalli mercantini mercati merced mercer mercier mercik merck mercure mercuri mercurio merfeld mergenthaler mericle
merida merisi meritt meriweather meriwether merk merkel merkl merkle merkley merkt merlan merlino merlo merlos mernagh
mero merola meroney merow merrell merriam merrick merrifield merrigan merrihew merriman merrit merritt merriweather
merriwether merrow merryman merryweather mersch merseal mershon merson merten mertens mertes merton mertz mervis merwin
mery merz mescall mesch mescher mesenbrink meserve meservey meshell mesia mesick meskill mesler mesquita mesrobian
messana messer messerli messerly messerschmidt messersmith messick messina messineo messinger messler messmer messmore
messner mesta mestas mestayer mester mestre meszaros metallo metayer metcalf metcalfe metella metellus metelus metge
methe metheney metheny methot methven methvin metivier metler metoyer mettler metts metz metzer metzgar metzger
metzinger metzler metzner meucci meunier meurer meuser mewborn mey meyer meyerhoff meyering meyers meyerson meza mezo
mezzetta meádhra meádhraí meára meáraidh meáraí mhadaidh mhairtin mhaistir mhaoil mhaoir mhartain mheana mhileadha
mhilidh mhoir mhuircheartaigh mhuire mhuiris mháirtín mháistir mhártain mhíleadha mhílidh mhóir miadha miadhachain
miadhacháin miadhaigh miah mianaigh mianain miano mianáin miao micali micca micco micek miceli michaeli michaelis
michaels michaelsen michaelson michalak michalec michalek michalik michalowska michalowski michals michalska michalski
michand michard michaud michaux micheals micheau michelangeli micheletti michelfelder micheli michelin michelotti
michels michelsen michelson michener micheni michie michioka michitsch michl michna michniak michon michonska michonski
mick mickel mickell mickelsen mickelson mickens mickle mickles mickley middaugh midden middendorf middlebrook
middlebrooks middlemiss middleton midgett midgette midgley midhe midhia midkiff midy midyett mieczkowska mieczkowski
miedema miele mieles mielke mielnicka mielnicki mielsch mier miera miers miesner mieszala mietus mifflin mifsud miga
migdal miggins migliaccio migliore migneault mignone migues miguez migwi mihalik mihaly mihelich mihm mihok mijangos
mijares mikami mikell mikels mikelson mikesell mikeska mikhail mikkelsen mikkelson mikkola miklos miko mikolajczak
mikolajczyk mikrut mikula mikus milam miland milanes milanesi milani milano milardo milazzo milbourn milbourne
milbrandt milbrett milburn milbury milby mildenberger mildenhall mileada mileadha milera mileska mileski milewska
milewski miley milhoan milholland milhorn milhous milhouse milian milici milionis militante militello milla millan
millar millay mille millea milleadha milledge millen millender millener millerbernd milles milleson millett millette
millholland millhouse milliard millican millien milligan millikan milliken millikin milliman millin millington milliron
millis millman millner millon millsap millsaps millspaugh millstein millward millwee millwood millán milléadha milmo
milne milner milnes milonas milone milos milosevic milot milroy milsap milstead milstein milteer miltenberger milum
miléadha mimbs mimms mims mimun minahan minard minardi minarik minasian minaya minayo mincey minch minchew minckler
mincks mincy mindell minden minder minderman minear mineau minehart minella minelli mineo minerich minero minge minger
minges mingione mingo mings minguez mingus minhas miniati minich minichiello minick minier minifield minihan minihane
mininger minish minix minjares minjarez minkin minkler minner minnich minnick minniear minniefield minnifield minnis
minnix minns mino minogue minott minozzi minshall minshew minson minter minto minton minturn mintz minvielle minyard
miochain miodhachain miodhchain mionachain mionacháin mionain mir mirabal mirabella mirabile mirabito miraglia miralles
miramontes mirando mirarchi mireles mirelez miriello miriti miro mirr mirsky mirza miró mis miscell misch mischel
mischke mischler misenheimer misercola mish mishaw mishler mishoe mishra misiak misiewicz misiko miske miskell miskin
misko misner missildine missoni misteal mistler mistretta mistrot mistry mistéal mital mitani mitcham mitchem mitchen
mitchener mitchiner mitchum mitchusson mitei mithcell mitnick mitra mitri mitschke mittal mitter mittler mitton mitzel
mitzner miura mixon mixson miyahira miyake miyamoto miyasaki miyasato miyashiro miyazaki miyoshi mize mizell mizelle
mizer mizrahi mizuno mizzell mizzelle mleczko mlinar mmboga mmbone mnangat moad moak moake moala moates mobbs moberg
moberly mobley mocanu moccia moccio mocenigo moceri mochain mochizuki mochoirghe mochoraigh mocháin mochóirghe
mochóraigh mockus moctezuma moczygemba modafferi modeste modhrain modhráin modi modiano modica modigliani modisett
modisette modlin modugno mody modzeleska modzeleski modzelewska modzelewski moe moeckel moeder moehring moehrle moeller
moen moench moening moerbe moers moes moesch moessner moffa moffat moffatt moffet moffett moffit moffitt mofield moga
mogain mogaka mogan mogavero mogeni mogensen mogere mogherini moghrain moghráin mogire moglia mogáin mohabir mohan
mohanty mohar mohd mohead moher mohl mohler mohlke mohmand mohn mohney mohr mohrmann mohs mohsin moidhe moineal moiniol
moinéal moir moirin moisan moise moithide moitoso mojarro mojica mok mokaya mokry mokua mola molacek moland molander
molden moldenhauer molder moldovan molek moler molesini moleska moleski molette molgard molina molinar molinari
molinaro molinas moline moliner molino molins molitor mollenkopf moller molles mollet mollett mollette mollica mollison
mollo molloy molnar molock moloney molraoghain molter molton molyneaux molyneux molzahn mom moman momon momphard
monachain monacháin monaco monaghan monagle monahan monares monarez monarrez monat moncada moncayo monceaux moncrief
moncur moncure moncus monda mondadori mondaini mondesir mondor mondragon monduzzi mondy mone monegro monell mones
monestime moneta monette moneypenny monford monfort monforte mong mongain mongan mongare monge mongeau mongelli mongeon
monghaile mongiello mongillo mongold mongáin monhollen monicelli monico monie monier monigold moniz monje monkhouse
monn monnett monnier monnin monninger monohan monreal monroig monroy mons monsanto monsen monsivais monson monsour mont
montag montagna montagne montague montalban montalbano montalbo montalbán montalcini montalti montalto montaluo
montalvan montalvo montan montana montanari montanariello montanaro montandon montane montanelli montanez montano
montanye montaque montas montavon montaña montbriand montealegre montecchi montee montegut monteiro monteith montejano
montejo monteleone montellano montello montelongo montemarano montemayor montemurro montenegro montera montero
monterrosa monterroso monterroza montes montesano montesdeoca montesino montesinos montessori monteverdi montez
montezuma montford montgomery monti montiel montiero montieth montijo montilla montney monton montondo montone montoro
montour montoya montpas montreuil montrose montross montroy monts montufar montville montz monzo monzon moodie mooers
moog mook moomaw moone mooney mooneyham mooneyhan mooradian moore moorefield moorehead moorehouse mooreland moorer
moores moorhead moorhouse moorman moquin mor morabito morace morachain morad morado moraga morago morahan morain morais
moraleda morales moralez moran morand morandi morandini morang morano morant morante morar morara morasca morata
morataya moravec moravek morawo morawska morawski morcillo mordan mordarska mordarski mordecai morden mordha morea
moreau moredock moree morefield morehead morehouse morein moreira morejon morel moreland moreles morell morellato
morelle morelli morello morelock morelos moreman moren morency morentin morera moresi moret moreton moretti moretto
moretz morey morfin morford morga morgado morgagni morganfield morganti morge morgen morgenroth morgenstern
morgenthaler morger morgon mori moriarity moriarty morikawa morillo morimoto morin moring morini morino moris morison
morissette morita moritz mork morlacchi morlan morland morley morlock morman mormann mormile mormino mormon mornane
morneau morningstar moro morones moroney moronta moros morosini moroz morphew morphis morpurgo morquecho morr morra
morre morreale morrell morrero morrical morricone morrill morrin morring morrisette morrisey morrison morrisroe morriss
morrissette morrissey morro morrocco morrone morse morson mort mortati mortell mortellaro morten mortensen mortenson
morter mortimore mortis mortland morucci morvant morvay moráin morán mosakowska mosakowski mosbey mosby mosca moscato
moschella moschino mosco mosconi moscoso moscowitz moseby moseley mosely moseman moser moseti mosher moshier mosier
moskal mosko moskos moskowitz mosley mosman mosqueda mosquera mosser mossey mossman mosteller moster mota moten mothain
mothair mothershed motháin motil motl moton motsinger mott motta motte motter mottern mottinger mottley mottola motton
mottram moturi motyka motz motzer mou moua moudry moudy moulden moulthrop moulton moultrie moultry mounce mounger
mounsey mountcastle mountford mountjoy moura mourer mouret mousel moussa mousseau mouton moutray mouw mouzon mowatt
mowbray mowdy mowell mowen mowery mowles mowrer mowrey mowry moxley moy moyd moye moyer moyers moyes moyet moylan moyle
moynahan moynihan mozart mozee mozer mozingo mraoiligh mraz mriosain mroczkowska mroczkowski mroz mrozek mrozinska
mrozinski mruk mríosáin muadaigh muange muarain muaráin muasya mucci mucha muchai muchangi muchemi mucher mucheru
muchira muchmore muchoki muchow muchui muckey muckle muckleroy mudd mudge mudgett mudra muecke muegge mueller muench
muendo muessig muetzel muffley muffoletto muga mugabhain mugabháin mugain mugica mugrage mugure mugáin muhammad
muhammed muhia muhlbauer muhonja muhoro muhs muhumed muichille muigai muighe muilcin muilcín muilenburg muilleagain
muilleagáin muilleoir muilligh muimhneachain muimhneacháin muimhnigh muimi muinde muindi muineachain muineacháin
muineog muineóg muinghile muinghíle muinilligh muinneachain muinneacháin muinnile muinníle muir muircheartaigh
muireadhaigh muireagain muireagáin muireain muirean muireáin muireán muirgeain muirgeáin muirgheasa muirgheasain
muirgheasáin muirhead muirighthe muiris muirithe muirneachain muirneacháin muirthile muirthin muirthín muise mujalli
mujica mukai mukami mukherjee mukhopadhyay mukiri mukoya muktar mukundi mulain mulcahey mulcahy mulcair mulder muldoon
muldowney muldrew muldrow mulei mulero mulet mulford mulgrave mulgrew mulhall mulhare mulhearn mulherin mulhern
mulholland mulik mulinge mulkerrin mulkey mulkins mullaghan mullain mullala mullally mullaly mullan mullane mullaney
mullany mullarkey mullen mullenax mullenbach mullenix mullens muller mullery mullett mullican mulligan mullikin mullin
mullinax mullings mulliniks mullinix mullins mullis mullooly mullooney mulloughney mulloy mulláin mulongo mulqueen
mulqueeny mulrain mulrooney mulroy mulry mulryan mulvaney mulvany mulvenna mulverhill mulvey mulvihill mulvin mulvy
muláin muma mumaw mumba mumbe mumbua mumford mumm mumma mumme mummert mumper mumpower mun munafo munar munari munce
muncey muncie muncrief muncy mund munday mundel mundell munden mundia mundie mundo mundschenk mundt mundwiller mundy
munez munford munga munger mungia mungin mungo munguia munguti muni munier muniz munk munn munnelly munnerlyn munnis
munno munns muno munos munoz munro munroe muns munsch munsell munsey munshi munson munster munsterman munter muntz
munyi munyiva munyon munyua munywoki munz muoio muoki mur murach murachain murachu muracháin murachú murad murae murage
muraguri murakami muralles muramoto muranaka murangiri muraoile muraoka murat murata muratalla muratore muratori
murawska murawski muraya murch murchadha murchaidhe murchain murchie murchinson murchison murchu murcháin murchú murcia
murdaugh murden murdick murdoch murdock mureithi murff murga murghaile murgia murguia murialdo murigi murillo murin
muriungi murley murnain murnane murnin murnáin muro murph murphey murphree murphrey murphy murr murrah murraigh murrell
murrey murri murriel murrieta murrietta murrihy murrill murrin murrow murry murtagh murtha murthuile murthy murton
murty murugi murunga murungi musante musatti muscarella muscatello muscato musgrave musgrove mushrush musial musich
musick musil musila musili musimbi musselman musselwhite musser mussman musso musson mustain mustin musto musumba
musumeci musungu musya musyimi muszynska muszynski mutahi mutanu mutch mutchler mutegi mutembei mutemi mutethia muteti
muth muthami muthee muther mutheu muthiani muthike muthini muthler muthomi muthuri muti mutia mutindi mutio muto
mutschler mutti mutugi mutuma mutune mutungi mutwiri mutz muuo muya muzzey muzzillo muñoz mwadime mwai mwaka mwakio
mwalimu mwamburi mwania mwanza mwathi mwema mwenda mwendia mwero mwihaki mwinyi mwinzi mwirigi mwita mwololo mwongela
mwongeli myatt myer myers myerson myhre myklebust myler mynatt myott myre myren myres myrick myricks myrie mysliwiec
mzungu mághnuis máille máirtín málóid mármol márquez mártan máthúna méaláid méalóid méalóide méndez mídhia míléada
mínguez míocháin míodhacháin míodhcháin míonáin móiníol móirín móracháin mórdha móráin múgica múrnáin múñiz naab naas
nabarro naber nabors nabwire naccarato naccari nace nachman nack nadal nadeau nadel nadelson nader nadhraigh nadi nadig
nading nadkarni nadler nadolny nadolska nadolski naff naffziger nafuna nafziger nagai nagamine nagano nagao nagar
nagarajan nagata nagel nageotte nager nagg nagi nagle nagler nagorska nagorski nagy naibei naidu naik nailin nailor
nailín naiman nairn nais naish najar najarro najera nakagawa nakahara nakai nakama nakamoto nakamura nakanishi nakano
nakao nakashima nakasone nakata nakayama nakhumicha nakken nakonechny nalbandian nalbone nale nalepa nall nalley nallon
nalls nally nalty namm nance nanda nandwa nanez nangle nani nanney nantz naoidheanain naoidheanáin napier naples
napoles napoli napolitano napp napper nappi nappo naquin naradhaigh naraigh narain naramore narang naranjo narasimhan
narayan narayanan narcisse nard nardella nardelli nardi nardone narducci narimatsu narine naron narron narula narvaez
narvaiz narváez nasambu nasca nascimento naserian nash nasif nasimiyu nasir naslund nason nass nassar nasser nassif
nast nasta nastase nastasi nastri nasworthy natale natali natarajan nater natera nath nathanson natoli natt natta
natter nau naugher naughton naugle nault nauman naumann nauyen nava navalta navan navarette navarez navaro navarra
navarre navarrete navarrette navarria navarro navas navin navone navor navorro navratil nawrocka nawrocki nayak nayar
naylor nazaire nazareno nazareth nazari nazarian nazzaro ndambuki ndanu ndege ndichu ndiema ndinda ndiritu ndiwa ndolo
ndoro nduati ndunda ndwiga nea neabhail neacail neace neachtain nead neagle neale nealey neally nealon nealy neancol
neancól nearaigh neary nease neason neathery neault neave neaves nebeker nebel neblett nebot necaise necci necochea
nedd nedeau nedrow nee neece needham needleman neehan neelan neeld neeley neelin neenan neer nees neese neeson neff
negley neglia negrete negri negrin negron negus neher nehls nehring neice neidecker neider neidert neidig neidlinger
neifert neiffer neighbor neighbors neihoff neikirk neilan neilian neilsen neilson neiman nein neira neis neisler neiss
neitz neitzel nejman neligan nelis nelke nelli nelligan nellis nellum nelms neloms nelsen nembhard nemec nemecek
nemerofsky nemes nemeth nemetz nemeș nemitz nenno neptune nerbonne nerby neri nerio nern nerney nero nerren nersesian
nesbit nesbitt nesby nesheim nesler nesmith ness nesselrodt nessen nester nestler neth netherland netherton nethery
netland neto netterville nettleton netto netz netzer neu neubauer neuberger neubert neuburger neuendorf neuenschwande
neufeld neugebauer neugent neuhart neuhaus neuman neumann neumayer neumeier neumeister neumeyer neuner neurohr neuwirth
neuzil nevado nevares nevarez neve nevels nevers neverson neves neveu neveux nevill nevils nevin nevins nevitt nevius
newark newberg newbern newberry newbill newbold newbrough newburn newbury newby newcom newcomb newcombe newell newfield
newhall newhard newhart newhouse newill newingham newkirk newland newlin newlon newman newmann newnam newport newquist
newsham newsom newsome newson newstrom newsum newtown newyear ney neyhart neylon neyman nez ngala ngao ngaruiya ngatia
ngeard ngei ngeno ngetich ngeárd nghiem ngige ngina ngo ngome ngotho ngui ngumbao ngunjiri ngure nguy nguyen ngyun
niadh niaidh niallagain niallagáin niallain niallghais niallghuis nialláin nianain nianáin niathain niatháin nibali
nibert niblack niblett niblock nicastro niccum nicewander nichelson nichlos nicholes nicholl nicholls nichols nicholsen
nicholson nichter nickell nickelson nickens nickerson nickeson nickey nickl nicklas nicklaus nickleberry nicklin
nicklow nickols nickolson nicley nicolai nicolais nicolau nicolay nicolaysen nicolella nicoletti nicolini nicoll
nicolosi nicols nicolson nicolucci nicosia nicoulin niday nidiffer niebel niebergall niebla niebuhr niedbala niedbalska
niedbalski nieder niederhauser niedringhaus niedzwiecka niedzwiecki niehaus niehoff niehus niel nieland nield nielsen
nielson nieman niemann niemczyk niemeier niemeyer niemi niemiec nienaber nienhaus nienhuis nierenberg nierman niermann
nies niese niesen nieto nietupska nietupski nievo niewiadomska niewiadomski nigam niggli nigro nihart nikkel nikolic
niland niles nilges nilles nilsen nilson nilsson nim nimmo nimmons nims nimtz ninalowo niner ninneman niocail nioclais
niocláis nipp nisbet nisbett niscoromni nish nishi nishida nishihara nishimoto nishimura nishioka nishiyama niskanen
nisonger niss nissen nissley nistler nistor niswander niswonger nitka nitsche nitschke nitta nitti nitto nitz niven
nivens niver niwa nixson niznik niño niță njambi njau njihia njoka njoku njuki nkansa nkansah nkatha nkirote nkrumah
nnamani noack noakes nobbe nobel nobile noblett noblin noblitt noboa nobriga nocera nocito nock noda nodine noecker
noell noffsinger nofsinger noga nogales noggle nogla nogle nogueira noguera nogues nogués noh nokes noland nolasco
nolcini nold nolde nolden nolder nole nolen noles nolette nolf nolie nolin noll noller nolley nolt nolte nolting nolton
nolty nomura nonis nonnemacher nono noonan noone nooner noonkester noorani nopper noraidh norals norberg norbiato
norbury norby norcia norcross nord nordahl nordan nordberg nordby nordeen nordell norden norder nordgren nordhoff
nordin nordio nordlie nordling nordlund nordman nordquist nordstrom nordyke nore noren norfleet norfolk norgard nori
noriega noris nork norland norlin norling normandeau normandin norment norquist norred norrell norrick norrington norry
norstrom norsworthy northam northcott northcutt northey northington northrop northrup northup northway norton nortz
norvell norviel norville norwood nosal nosek noser nosiglia noss nost notarbartolo notaro noteboom notestine nothstein
noto nott nottage notte notter nottingham nourse novack novak novakovich novaro novell novelli novello novick novicka
novicki novo novoa novosel novotny novy nowack nowacka nowacki nowak nowakowska nowakowski nowden nowell nowicka
nowicki nowinska nowinski nowlan nowland nowlen nowlin nowling noyd noyer noyes noyola nsia nthenya nthiga nti ntiamoa
ntim ntinyari nuadhain nuadhan nuallain nualláin nuanain nuanes nuanáin nuccio nuckels nuckles nuckolls nuckols nugent
nugnes nuin nulph nulty numan nunain nunamaker nunemaker nunes nunez nunley nunn nunnally nunne nunnelley nuon nur
nurre nusbaum nuss nussbaum nusser nutall nute nutt nuttall nutter nuzum nuzzo nuñez nwachukwu nwosu nyaako nyaakoaa
nyabuti nyabuto nyagaka nyaguthii nyakio nyale nyamawi nyambane nyambu nyame nyamu nyamweya nyangaresi nyangau
nyangweso nyantakyi nyawa nyberg nyce nydam nye nyenhuis nygaard nygard nygren nyhan nyholm nyhus nyland nylander nylen
nylund nyman nyoike nyokabi nyquist nyreen nystrom nzai nzau nzilani nzioki nzisa nzuki nádhraigh náradhaigh náraigh
néill nógla núin núnáin núñez oakden oakes oakeson oakland oakley oakman oard oare oas oates oathout oatis oatley
oatman oballe obando obanion obanner obannon obar obara obare obarr obasanjo obeirne obenchain obeng obenshain ober
oberdorf oberg oberhausen oberholtzer oberlander oberle oberlin oberman obermeier obermeyer obermiller oberry obert
obeso obi obie obiero obonyo oboyle obrecht obregon obremska obremski obrian obriant obrien obrion obroinin obryan
obryant obryon obst obuya obyrne ocalan ocallaghan ocampo ocana ocanas ocasio ocaña occhiogrosso occhipinti ocegueda
oceguera ocheltree ochoa ochola ochs ochsner ocker ockerman ockimey ockmond ocon oconnell oconner oconnor odam odaniel
oday oddi oddo odea odebralska odebralski odegaard odegard odeh odem oden oder odera odero odescalchi odetola odham
odinga odira odiwuor odle odoherty odom odoms odonald odonell odonnel odonnell odonoghue odonovan odor odowd odoyo
odriscoll odum odums odunsi oduori odwyer oechsle oehler oelke oelschlaeger oeltjen oertel oesch oesterle oesterling
oestmann oestreich oestreicher oetting oetzel ofallon ofarrell offen offenberger offerdahl offerman offermann offley
offner offord offredi offutt ofori ofosu oftedahl ogada ogain ogan ogara ogas ogata ogawa ogbuehi ogburn ogden ogega
ogeto ogg ogier ogilvie ogindan oginga oginni oglesbee oglesby ogletree ogley ogola ogolla ogorman ogrady ogren oguendo
oguin ogulana ogunbamigbe ogunbiyi ogunbo ogunde ogunleye ogunwobi ogunyeye ogutu ogweno ohagan ohair ohalloran ohanlon
ohara ohare oharra ohayon ohearn ohern ohl ohler ohlinger ohlmann ohlrich ohlsen ohlson ohman ohora ohrt ohta oibicin
oibicín oien oiler oilifir oirchinnigh oireachtaigh oishi oistigin oistigín oisín oitir oja ojeda ojiambo ojo ojua
ojukwu ojwang okada okafor okamoto okamura okane okano okazaki okech okeefe okeeffe okeke okelley okelly okelo okemwa
okerlund oketch okey okeyo oki okimoto okino okinyi okon okongo okonkwo okonska okonski okoro okoye okubo okuda okuku
okumura okuna okura okyere olabode oladipupo olague olah olaiya olan oland olander olasupo olaughlin olawale olazabal
olberding olcott oldaker oldenburg oldenkamp oldfield oldham olding oldroyd olds olea oleary olejniczak olenick oler
oles olesen oleson oley olguin oliboni oliger olinger oliphant olivar olivares olivarez olivarria olivas oliveira
olivencia olivera oliveras oliveri oliveria oliverio olivero oliveros olivetti olivier olivieri olivo olivos olivé olk
oller olliff ollis ollison ollivier ollivierre ollom olmeda olmedo olmo olmos olmstead olmsted olney olofson oloughlin
olowokeere oloyede olpin olsen olson olsson olstad olszewska olszewski oltman oltmanns oltremari olubode olugbayila
olujimi olukotun olukunga olusanya oluwagbemi olveda olvera omalley oman omani omara omarah omary ombasa ombati ombui
omeara omidina omma omohundro omojola omollo omolo omotoso omwenga omweri omwoyo onan oncale ondari ondiek onditi ondo
oneal oneil oneill onell oney ong ongeri oniel oniell onio onishi onisto onken onkst onley onnen ono onofrio onoh
onorati onorato onsongo onstad onstott onsurez ontiveros ontiveroz onwuka onyancha onyiego ooko oommen ooten oparinde
opatz opdyke opel openshaw opfer opheim opie opitz opizzi oplinger opoku opondo opp oppelt oppenheim oppenheimer opper
opperman oppong oppy oprea opuku oquendo oquin oquinn orabuena orahood oralaigh oram orama orantes orban orbison orcutt
ord ordaz ordeneaux ordiway ordonez orduna orduno ordway ordóñez orear orebaugh orefice oregan oregel oregon oreilly
orellana orem orengo orenstein organista orgill orick oriley orillion orina oriol oriordan oritz orkin orlandi orleans
orlikowska orlikowski orloff orlow orlowska orlowski orlowsky orman ormand orme ormes ormiston ormond ormonde orms
ormsbee ormsby orn orndoff orndorff ornelas ornellas orner ornstein oroak orona oropesa oropeza oros orosco orosz
orourke oroz orozco orr orrell orrick orrico orris orrock orsak orsborn orsburn orsi orsini orso ort orta ortega ortego
ortegon ortese ortez orth ortis ortiz ortlieb ortman ortmann ortner ortolani orton ortuno ortuño orum orvis orwa orwick
orwig ory orzech orzechowska orzechowski osaki osario osbon osborn osborne osbourn osbourne osburn osby oscair oscuro
osegueda oseguera osei oser osgair osgood oshaughnessy oshea osher oshields oshima oshin oshiro oshita oshodi osiecka
osiecki osiemo osika osinska osinski osler oslin oslund osment osmer osmond osmun osmundson osorio osornio osoro
osowska osowski ospina ossani ossman ossola ost ostby osteen ostendorf oster osterberg ostergren osterhoudt osterhout
osterlund osterman ostermeyer ostinelli ostler ostlund ostrander ostrem ostroff ostrom ostroska ostroski ostrow
ostrowska ostrowski ostwinkle osullivan osuna osuntokun oswald oswalt ota otake otani otero otey othman othon oti
otiende otiwa otoole otsuka ott otta ottaway otte ottem otten otterbein otterson ottesen otteson ottey otting ottinger
ottino ottley ottman ottosen otts otuo otwell oubre ouelette ouellet ouellette ouimet ouimette ouk ouko oullette oum
oursler ousley outcalt outen outland outler outley outman outten outwater ouzts ovadia ovalle ovalles ovando ovellette
overbaugh overbay overbeck overbey overby overcash overfelt overfield overholser overholt overlock overman overmeyer
overmyer overson overstreet overton overturf overweg overy oveson oviatt oviedo ovington ovitt owczarzak owenby owens
owensby owings owiti ownbey ownby ownes owokoniran owolabi owoyemi owsley owusu owusuwaa oxborrow oxendine oxley oxner
oya oyadiran oyaifo oyama oyaro oyekan oyen oyeniyi oyer oyervides oyetoro oyeyemi oyinlola oyler oyola oyoo oyugi oza
ozaki ozbun ozburn ozier ozment ozuna paar paavola pabon pabst pacella pacelli pacetti pacheco pacheo pacho pachucka
pachucki pacifico pacillo pacini paciorek pacitti packard packett packham pacomio paczkowska paczkowski padden padel
paden padget padgett padilla padillo padin padmanabhan padmore padovano padro padron padua padula pae paek paetzold
paez paff pafford paffrath pagaduan paganelli pagani paganini pagano pagel pagels pagett paglia pagliaro pagnotto pagès
pahl pahmeier pai paidin paik paille paimo paine paino pairceir pais pait paiva paiz pajak pak pakele palacio palacios
paladino palafox palan palardy palau palazzolo palek palen palencia paleo palermo paletta palevic paley pali palin
palinkas palinska palinski palka palko palla palladino palladio pallan pallante pallares pallarès pallas pallone
palmateer palmatier palmberg palmeri palmertree palmeter palmieri palmisano palmiter palmore palmquist palo palomar
palomares palomba palombi palombo palomo palone palos paltrinieri paluch palumbo paluso palys pamer pamintuan pamphile
pamplin panameno panarello panas panatta panchal pancheri pancoast pandey pandit pando pandolfo pandy pandya panebianco
panek panella panepinto paneto panetta panganiban pangborn pangburn pangelinan pangilinan pangle pangrazio paniagua
paniccia panich panicucci pankey panko pankow pankratz pannebaker pannell pannone panos panozzo pantaleo pantaleon
pantano panter panto pantoja pantojz panton panza panzer panzera pao paoletti paoli paolini paolino paolucci paone
paonessa paor papadakis papadopoulos papafava papageorge papalia papandrea paparo papasergi papazian pape papelian
papen papenfuss papetti papin papineau papke papp pappalardo pappan pappas paprocka paprocki paquet paquette paquin
para parada paradee paradis paradiso parady paragas parajon paramo paramore paras parcell parcells parchman parco
pardee pardi pardini pardo pardue pardy paredes paredez pareja parejo parekh parente parenteau parenti pareto parga
pargo parham parikh parilla parillo parini parise pariseau parisi parisian parisien parizo parke parkerson parkes
parkey parkhill parkhurst parkin parkins parkinson parkison parkman parlee parler parlett parlier parlin parlor parlow
parm parman parmar parmelee parmely parmenter parmentier parmer parmeter parmitano parmley parnell parness paro parodi
parpinel parr parra parrack parrales parramore parran parras parraz parrella parrent parrett parri parrilla parrillo
parrinello parrino parriott parris parrish parrott parrotte parrow parsell parshall parslow partain partch partee
parten parter partida partin partington partlainn partlow parton partyka paruta parvin parziale parzych pascale
pascarella pascarelli pascascio pasch paschall pasche paschel paschke pasco pascoe pascua pascucci pasculli pase pasek
paseur pash pasierb pasillas pasion paskel paskett paskey pasko pasley pasolini pasqua pasquarella pasquarello
pasquariello pasquini passalacqua passarelli passe passero passey passino passman passmore passon paster pasternak
pastine pastore pastorius pastrana paszkiewicz patadia patague patak patao patchell patchen patchett patchin patel
paten patenaude pater paterno paterson patete pathak patil patillo patin patino patiño patla patlan patman patmon
patnaude patnode paton patout patridge patry patt pattee patten patterson patteson pattillo pattison patton patz patzer
pau pauda paugh paulding paules pauley paulhus pauli paulin pauling paulk paull paullin paulos pauls paulsen paulson
paulus pauly pausini paustian pautz pavanello pavao pavarotti pavelich pavelka pavelko pavey pavia pavick pavlak
pavlica pavlicek pavlick pavlik pavloska pavloski pavlov pavlovich pavon pavone pavy pavón pawelek pawlak pawley
pawlicka pawlicki pawlik pawlikowska pawlikowski pawloska pawloski pawlowicz pawlowska pawlowski paxman paxson paxton
paya payan payden payen payette payeur paylor payne paynter payson paysour payton pazmino pazos peabody peacher peachey
peaden peagler peake peale pealer pean peano pearcey pearcy peare pearlman pearlstein pearman pearsall pearson peart
peary peaslee peasley peatain peatross peatáin peavey peavler peavy peay pebley pebworth pecanty pech pechacek pechon
pecina pecinovsky peckenpaugh peckham peco pecor pecora pecoraro peddicord peddie peden pederiva pedersen pedersoli
pederson pedigo pedone pedraza pedrazzini pedrero pedretti pedrick pedroni pedrosa pedroso pedroza peebles peeden peele
peeler peeples peery peet peete peets peevy peffer pefferman peffley pegg pegram peguero pegues pehl pehowic pehrson
peifer peiffer peight peil peinado peiper peirce peircin peircín peiro peirson peiró peitz peixoto pekar pekarek pelaez
pelc pelchat pelcher pelech peles pelfrey pelham pelikan pelis pelkey pell pella pelland pellecchia pellegren pellegrin
pellegrini peller pellerin pellerito pelletier pellett pelley pellham pelli pellicer pellico pellish pellitier pellman
pellot pellum peloquin pelosi peloso pelot pelote pelotte pelphrey peltier pelto pelton peltz peltzer peluso pelz
pelzer peláez pember pemberton pemble pembleton pembroke pena penado penaflor penagos penalosa penaloza penalver penas
penate penaz penberthy pendarvis pendelton pender pendergast pendergraft pendergrass pendergrast penders pendleton
pendley pendry penepent penfield penfold peng penhollow penick penix penland penley penman penn penna pennebaker pennel
pennell pennella pennello penner pennetta pennick penniman pennington pennino penniston pennix pennock pennypacker
pennywell peno penrod penrose pensinger penson penta pentecost penton pentz penwell peper pepin peplinska peplinski
peppard peppe peppel pepperman peppin peppler pera peral perales peralez peralta peralto peranda peranio perault peraza
perazzo percell percifield perciful percival perdew perdomo perdue pere perea pereda peredo perego pereida pereira
perello perelló perelman perera peres peret peretti peretz pereyra perez perfecto perfetti pergande pergola pergolesi
pergram perham peri perico periera perilli perillo perin perine perini perino perkey perkin perkins perkinson perko
perkowska perkowski perl perley perlman perlmutter perlow perlstein permenter perna pernell pernice pero peron perona
perone peroni perotta perotti peroutka perozzo perra perras perrault perreault perreira perrella perrera perret perrett
perretta perretti perrez perri perrier perrigo perrin perrine perrino perrins perris perritt perro perrodin perron
perrone perrott perrotta perrotti perruzza perryman persad persaud persechino pershall pershing persichetti persico
persing persinger persky persley persson pertile pertini pertuit peru perugini perusse peruzzi pervis perz pesante
pescatore pesce pesch peschel pesek peshlakai pesina peskin pesola pesqueira pessin pesso pestana pesterfield pestone
peteet petell peterka peterkin peterman petermann petermeier petersen petersheim peth pethtel petillo petit petitt
petitti petix peto petosa petralli petrarca petras petrassi petrea petree petrella petrello petretti petrey petri
petrich petrick petrie petrik petrillo petrillose petrin petro petrocelli petroff petrone petropoulos petros petrosino
petroska petroski petrosky petrovic petrovich petrovits petrowska petrowski petruccelli petrucci petrucelli petrus
petruso petruzzelli petruzzi petry petsche pett pettaway pettengill petter petters pettersen petterson pettet petteway
pettey petti pettibone pettie petties pettiford pettigrew pettinato pettinelli pettinger pettingill pettis pettit
pettitt pettiway pettry pettus pettway pettyjohn petway petz petzold peugh peveto pevey pewitt peyer peyton pezzali
pezzullo pezzuti peña peñalver peñas pfaff pfahl pfalzgraf pfannenstiel pfarr pfau pfeffer pfeifer pfeiffer pfeil
pfister pfisterer pfleger pflieger pflueger pflug pflum pfohl pfost pfrogner pfund phadraig phagan phaidin phair phalen
pham phan phaneuf phang phann phanthanouvon phare phares pharis pharo pharr pharris phartholain phartholáin phartolain
phaup phay phayre phearsain phebus phegley phelan phelps phenix phibbs phifer philban philbeck philbin philbrick
philbrook philbín philen philhower philib philibert philipp philippe philippi philipps philips philley phillippe
phillippi phillips phillps philmon philo philogene philp philpot philpott philps philson philyaw phinisee phinney
phipps phoil phong phou phu phy phádraig pháidín phártholáin phártoláin phóil piacente piacentini piane piascik
piasecka piasecki piatek piatkowska piatkowski piatt piazzi picard picart picasso picazo piccard picchi picciano
piccinni piccio piccione piccioni piccirillo piccola piccoli piccolomini piccone picha pichard pichardo piche pichette
pichler pichon pickard pickel pickell picken pickens pickerill pickering pickert pickett pickette pickford pickler
picklesimer pickney pickrel pickrell pickron pico picone picot picou picozzi picton pidgeon piedra piehl piekarska
piekarski piel pieper piepho piercey piercy piere pieretti piermarini piermatteo pieroni pierotti pierpont pierri
pierro piersall piersol pierson pietila pietrangeli pietras pietrowska pietrowski pietrzak pietsch pietz pifer
pigafetta pigford pigg piggee piggott pigman pignataro pignatelli pignatti pignone pigott pigram piland pilant pilapil
pilarska pilarski pilarz pilato pilbin pilbín pilch pilcher pileggi pilger pilkenton pilkerton pilkington pilkins pilla
pillai pillard pillay pille piller pillers pillette pillot pillsbury pilon pilson pimenta pimental pimentel pinales
pinamonte pinard pinchback pincherle pinchon pinckard pinckney pincus pinder pineau pineda pinedo pinegar pineiro
pinelli pinello pineo piner pinero pinet pinette pingel pingitore pingle pingleton pingree pinheiro pinho pini pinilla
pininfarina pinkard pinkert pinkerton pinkett pinkham pinkins pinkleton pinkley pinkney pinkowska pinkowski pinkston
pinley pinnell pinneo pinner pinney pinnick pinnix pinnock pinnow pino pinol pinon pinsky pinson pintar pinter pintor
pinzon pinzone pioche piogoid piogóid pioli pion piontek piontkowska piontkowski piotain piotrowska piotrowski piotáin
piovani pipher pipho pipkin pipkins pippen pippenger pippens piquer piquette piraino pirandello pirelli pires pirkle
piro pirog piroso pirro pirrone pirtle pisacane pisani pisano pisaroni pischke pisciotta piscitelli piscopo piskura
pistoletto pistone pitcavage pitchford pitcock pitkin pitman pitner pitre pitt pittard pittenger pitter pittinger
pittman pittmon pitts pittsley pitzen pitzer pixler pixley pizana pizano pizarro pizer pizzamano pizzaro pizzetti pizzi
pizzino pizziol pizzitola pizzo pizzuti pizzuto piña piñeiro piñol pkemoi pla placek placencia placide placke placzek
plagman plagmann plair plaisance plaisted plake plamondon plana planas planck plante plantenberg planty plantz
plascencia plasencia plaskett plasse plata plater platero plath platini platner plato platt platte plattner platts
platz platzer plauche plaugher plaut pleasants pleau pledger pleiman pleimeann pleimionn plemmons plemons plescia pless
plessner pletcher pleva plewa pliego pliska ploch plock ploeger plonka ploof ploss plotkin plotner plotnik plott plotts
plotz plouffe plourd plourde plowden plowe plowman plude plueger plumadore plumer plumlee plumley plummer plunkett
pluta pluviose plyler plymale plymel pléimeann pléimionn poag poage poarch poat poblete poch poche pocock podell
podesta podgurska podgurski podkowka podolak podolsky podraza poe poehler poellnitz poeppelman poer poerio poetker
pofahl poff poffenberger poggi poggio pogue pohl pohler pohlman pohlmann poil poindexter poire poirer poirier poirrier
poissant poisso poisson poitier poitra poitras pokora pokorny pokuaa pola polachek polak polan polanco polani polanska
polanski polansky polasek polasky polcyn polen polesel poley polfer polhamus polhemus poli policastro polich polidore
polidori polidoro polimeni polin polino polinska polinski polinsky polit politi politis polito politte politz polizzi
polk polkinghorn pollack pollak pollan polland pollard pollett polley pollick pollitt pollman pollock pollok polowy
polsgrove polsky polson polster polston polzin poma pomaa pomales pomares pomarico pombo pomerantz pomerleau pomeroy
pometta pommier pompa pompei pompey pomponi pomrenke pomroy pon ponce poncedeleon pong pons pont pontbriand ponte
pontecorvo ponter pontes ponti pontillo pontious pontius ponto ponton pontoriero ponzi ponzo poole pooler pooley poon
poore poorman poormon pooser poovey popa popejoy popek popescu popham popichak popiel popkin poplawska poplawski popoca
popovic popovich popp poppe poppell popper poppleton popplewell poquette porada porath porcaro porcel porcellato
porcelli porche porcher porchia porco poremba porowska porowski porras porritt porta portalatin portales porte portee
portela portell porteous portera porterfield portero portes porth portier portillo portis portley portlock portman
portner portney portnoy porto portor portugal portwood portz porzio posada posadas posen posey posner pospisil postel
postell postema posthuma postier postley postma poston pote poteat poteet poteete potenza poter poth pothier potier
potocka potocki potratz pottenger potthoff pottinger pottle pottorf pottorff potts potvin pou poucher poudrier pough
poulin pouliot poulos poulsen poulson poulter poulton pouncey pouncy pounder pounders pousson poutre povey powe powel
powell powelson powless powley pownall pownell poydras poyer poyner poynor poynter poythress poza pozo pozuelo pozzecco
pozzi pozzo prabhakar prabhu pracht prada pradhan pradier prado praga prager prahl praino prakash prall prange pranger
praoidheail praoidheáil prasad prasek prashad prat prata prater pratesi prather prati pratico pratley prato prats pratt
pratte pratts pravata prawl praylow praytor preas preast preble prechtl preciado precourt preda preddy predmore pree
preece preer prehn preis preiss preister prejean prell prellwitz premo prempeh prenatt prendergast prenger prentice
prentiss presby prescod prescott presgraves presha preslar presler presley presnell pressey pressler pressley pressly
pressnell presson presswood prest presta prestage presti prestia prestidge prestridge prestwich prestwood presutti
prete pretlow pretti prettyman preuett preuss preusser prevatt prevatte prevette previte prevo prevost prewett prewitt
prez prezioso prial pribble pribyl pricer prichard prichett prickett priddy prideaux pridemore pridgen pridgeon
pridmore priebe priego priem priess priester priestley prieto prieur prigge prill prillaman primack primavera primeau
primeaux primiano primm primo primus principato principe prindle prine pring pringle prins printup printz prinz
prioleau priolo priondargas priondargás priondragais priondragáis priongaloid priongalóid prisbrey prisco pritchard
pritchet pritchett pritt pritts pritz priuli privett privette privitera privott proano probasco probert probst procacci
procaccini prochaska prochazka prochnow prock procopio procter prodi proehl proffit proffitt profitt prohaska proietti
proinnsias prokop propes prophete propp propper propps propst prosise prospal prosperi prosperie prospero prosser prost
protano prothero prothro proto protsman protzman proudfoot proulx prouse prout prouty provance provencal provence
provencher provencio provenza provenzano provo provow prowell prowse pruden prudhomme prue prueter pruett pruiett pruit
pruitt prum pruneda pruner prunty prusak pruse pruss pruyne pryal pryce pryde pryer pryor przekop przybyla przybylska
przybylski ptacek ptak pua pucci puccia puccinelli puccini puchalska puchalski puckett puckhaber puello puente puentes
puerta puett puffinberger puga pugh puglia pugliares pugliese puglisi pugmire pugsley puig puirseal puirséal pujadas
pujol pulanco pulaska pulaski pulcher pulci puleo pulera pulice pulido pulizzi pullam pullar pullen pulliam pullin
pullins pullis pullman pullum pulos puls pulsifer pulver pummill pumphrey pundt pung punzo purcell purdie purdom purdon
purdue purdum purdy purgason puri purifoy purington purinton purkett purkey purnell purohit purpora purpura purrington
pursel pursell pursifull pursley purslow purswell purtee purtell purugganan purves purvines purvis puryear pusateri
puscasu pusch pusey pushard pushaw puskar puskas puterbaugh puthoff putman putnam putney putz putzel putzier puz puzo
pușcașu pyatt pyburn pye pyke pylant pyle pyles pyne pynes pyper pyron pytel pyun páez páidín páirceir pérez póil quach
quackenbush quade quaid quaide quaife quaile quain quaintance quakenbush quale qualey qualls qualter quam quan quance
quander quandt quang quant quaranta quarles quarterman quartey quartucci quashie quasimodo quast quates quattlebaum
quattrini quattrocchi quattrone quayle queal queally quebedeaux queenan queenane queener queja quellette quenzer
querini quero querol querry quertermous quesada quesenberry quesinberry quesnel quesnell quevedo quezada quickel
quickle quigg quiggle quigley quigney quijada quijano quijas quiles quilici quillen quillin quillinan quilty quimby
quin quinby quinlan quinley quinlivan quinney quinnie quinny quinoes quinones quinonez quint quintal quintana quintanar
quintanilla quintero quinteros quinto quintyne quirarte quiring quirion quirke quiroga quiros quiroz quirós quisenberry
quispe quist quon raab raabe raap raasch raatz rabago rabalais rabbitt rabbitte rabe rabenhorst raber rabhartaigh
rabhlaigh rabideau rabin rabinovich rabinowitz raboin rabon raborn rabren rabun raburn raby racanelli racca racette
racey rachels rachtagain rachtagáin racicot racine racioppi rackers rackham rackley rackliffe raco racz raczka rad
radabaugh radaker radakovich radcliff radcliffe raddatz rade radebaugh radel rademacher rader radford radhakrishnan
radican radice radich radigan radin radke radle radley radloff radney rado radosevich radovich radtke radunz rady
radziewicz rafalska rafalski raff raffa rafferty raffield raftery raftis ragain ragan ragasa ragel rager raggio raggs
raghaill raghaille raghallaigh raghavan raghna raghnaill ragin ragins ragland ragle raglin rago ragon ragone ragsdale
ragusa rahaim rahal rahe rahilly rahim rahimi rahm rahman rahn rahr rai raia raible raifearta raiford raifteiri
raifteirí raighill raighilligh raighle raighne raight raigne railey railsback raimondi rainbolt raine rainer raines
rainey rainford rainne rainone rainville raio raisbeck raisch raisor raith raithbheartaigh raithile raitt raitz raj
rajagopal rajagopalan rajan rajaniemi rajewska rajewski raju rak raker rakestraw rakow rakowska rakowski raley rall
rallaigh rallis ralls ralphs ralston ramachandran ramage ramaker ramakrishnan raman ramanathan ramariz ramaswamy
ramazzotti ramberg rambert rambin rambo rambousek ramdas rameau ramella ramer ramerez rameriz ramero rames ramesh ramey
ramie ramiez ramil raminez ramires ramirez ramis ramkissoon ramm ramnauth ramo ramos rampey rampton ramsay ramsburg
ramsdale ramsdell ramsden ramseur ramsey ramseyer ramsier ramson ramthun ramírez ranaigh ranalli ranallo rance ranck
rancourt rand randazzo randel randhawa randle randleman randles randlett rando randol randolf randrup rands raner ranes
raneses raney ranft ranganathan rangel rankin rankins ranney ranno ransbottom ransdell ransome ranson ranta rantanen
rantz ranum rao raol raper rapisardi rapley rapone raponi rapoport raposa raposo rapoza rapozo rapp rappa rappaport
rappe rappley rappleye rappold rapuano rardin rarick rasband rasberry rasch raschke rasco rascoe rascon rase raser
rasey rashed rasheed rask raska raske raskin rasmus rasmussen rasmusson rasnake rasnick raso rasor rassel rassmussen
rast rastelli rastogi rastorfer rasulo ratajczak ratchford ratcliff ratcliffe ratemo rater rath rathaile rathallaigh
rathbone rathbun rathburn rathje rathjen rathke rathman rathmann ratigan ratkowska ratkowski ratledge ratley ratliff
ratner ratta ratte ratterman ratti rattigan rattray ratz ratzlaff rau raub rauch rauda raudales raudenbush raugust rauh
rauhuff raulerson rauls raulston raupp raurica raus rausch rauscher rautio ravaglioli raval ravelo ravencraft ravenell
ravenscroft raver ravi rawe rawl rawles rawley rawling rawlings rawlins rawlinson rawls rawson raxter raya raybon
rayborn raybourn raybuck rayburn raycroft rayel rayes rayfield raygoza rayl raymer raymo rayne rayner raynes rayno
raynor raynoso rayo rayos raysor raz razo reachtabhair reachtabhra reachtagain reachtagáin reachtain reachtair
reachtaire reachtar reachtuire reachtúire reade readus reagain reagh reagle reagor reale reali reames reamoinn reamonn
reamy reanachain reanacháin reannachain reannacháin reano rearden reardon rearick rease reaser reasner reasoner
reasonover reasor reaume reaux reaves reavis reavy reay rebeiro rebello rebelo reber rebman rebollar rebolledo rebollo
rebolloso rebuck recalde recar recchia recendez rech recht rechtzigel recinos recio reck reckart recker reckner recore
recte redburn redd reddell reddic reddick reddin redding reddington redditt reddix reddout reddy rede redeker redel
redenbaugh redenius reder redfearn redfern redfield redford redgate redi redican redick redifer reding redinger
redington rediske redler redlin redlinger redman redmon redner rednour redondo redpath redrick redus redway redwine ree
reeb reeder reeh reekie reen reep rees reese reeser reesor reetz reff reffett reffitt rega regalado regans rege reger
regester regge regier regis regner regnier rego reguera regula reha rehak rehbein rehberg rehder rehfeld rehkop rehl
rehm rehman rehmeier rehmer rehn rehrer rehrig rei reiber reich reichard reichardt reichart reiche reichel reichelt
reichenbach reichert reichle reichling reichman reichmann reick reidel reider reidhead reidinger reidy reierson reif
reiff reifschneider reifsnyder reifsteck reig reigel reighard reigle reiher reiland reiley reiling reill reilley reilly
reily reim reiman reimann reimer reimers reinard reinbold reinders reindl reineck reinecke reineke reiner reiners
reinert reinhard reinhardt reinhart reinhold reinholt reininger reinke reinkemeyer reinken reinking reino reinoso
reinsch reinschmidt reinsmith reinstein reinwald reisch reisdorf reisenauer reiser reishus reising reisinger reisman
reisner reiss reistad reister reiswig reisz reitan reiter reith reithil reitman reitmeier reitmeyer reitsma reitz
reitzel releford relf relford reliford rella reller relyea remak remaklus remaley rembert rembold remer remiasz remick
remillard remington remiszewska remiszewski remley remmel remmele remmers remo rempe rempel remsberg remsen remund remy
ren renard renaud renault rench rencher rendall rende rendel rendell renderos rendina rendleman rendon reneau renegar
renehan renfrew renfro renfroe renfrow rengifo renick renicker renier renk renken renker renn renne rennels renner
rennick rennie renninger renno reno renolds rensch renshaw rensi rensing rentas renteria rentfro renton rentschler
rentz renwick reny renz renzelman renzi reopell repass reper repine repka repko replogle repp reppert reppond requa
requena resch reschke resendes resendez resendiz reser resh resler resnick resnik respass respess respighi respress
ress resse ressler rester restivo resto restrepo retana retherford rethman retter rettig rettinger retz retzer retzlaff
reulet reusch reuss reuter reuther reutter reutzel revak revalee revard reveles revell revelle revells revermann reves
revier revilla revis revoir rew rewis rewitzer rexford rexroad rexroat rexrode reyburn reyer reyers reynaga reynard
reynaud reynell reynold reynolds reynoldson reynosa reynoso reyome reys reza rezac rezendes rezentes rhame rhames
rhatigan rhattigan rheault rheaume rhee rhees rhein rhem rhew rhine rhinebolt rhinehardt rhinehart rhines rhoades
rhoads rhodd rhode rhoden rhodes rhodus rhody rhome rhone rhoten rhoton rhudy rhue rhymer rhyne rhyner rhynes riabhaigh
riada riagain riagáin riain rial riallaigh rials riardain riardáin rias riba riback ribas ribaudo ribble ribeiro ribera
ribes ricard ricardson ricart ricca riccardi riccati ricci ricciardi riccio ricciuti ricco richards richardson
richarson richart richberg richburg riche richerson richert richeson richey richins richison richman richmon richmond
richner richter richwine rickard rickards ricke rickel ricken rickenbach rickenbacker rickenbaugh ricker rickerson
rickert ricketson rickett ricketts ricklefs rickles rickman ricolfi riddell ridder riddick riddlebarger rideau rideaux
riden ridenhour ridenour rideout ridgell ridgeway ridgley ridgway ridinger ridings ridire ridlen ridley ridling ridlon
ridner ridout riebe riebel riebow rieck riecke ried riede riedel rieder riederer riedesel riedl riedman riedy rieffer
riegel rieger riegle riehl riehle riek rieke rieker riel rieland rielly rieman riemann riemenschneid riemer riendeau
rients rienzo riera rierson ries riese riesen riesenberg rieser riesgo riess riester rieth rietschlin rieves riffe
riffel rifkin rigby rigdon rigel rigg riggan riggenbach riggie riggin riggins riggio riggle riggleman riggles riggs
riggsbee riggsby righi rightmire rigler rigney rigo rigsbee rigsby riha riina riis rikard rike riker rimbey rimer
rimmer rinaldi rinaldo rinard rinaudo rinck rincon rincón rindels rinderknecht rindfleisch rindone rine rinehart
rinehimer riner rines riney ringdahl ringel ringenberg ringering ringgold ringle ringler ringo ringstaff ringuette
ringwood rini rinke rinkenberger rinker rinn rinne rintharamy rio rioba riocaird riogain riogh rioghbhardain riojas
riollain riolláin riolo rion riopel riordain riordan rios rioux ripa ripka ripley ripoll rippe rippee rippel rippentrop
rippeon rippetoe rippey ripplinger rippy riquelme ris risch riseden risenhoover rish rishel risher risinger riske risko
risley rismondo risner riso rison rispoli riss risser rissler rissman risso rist ristau risteard rister risto riston
ristow ritacca ritacco ritch ritcher ritchey ritchie ritchotte ritenour riter ritt rittenberry rittenhouse ritter
rittle ritts ritz ritzel ritzer ritzman rius rivadeneira rivard rivas rivenbark rivenburg rivenburgh rivera riveria
rivero riveron rives rivest rivett rivette riviera riviere riviezzo rivkin rix rizer rizo rizor rizzi rizzio rizzo
rizzoli rizzolo rizzotto rizzuto roa roache roadcap roady roane roark roarke roarty roath roba roback robaina robards
robare robarge robasciotti robb robben robbins robbinson robbs robel robenson rober roberds roberge roberie roberson
roberti roberts robertson robeson robey robhachain robhacháin robhartaigh robi robichaud robichaux robicheau robicheaux
robideau robidoux robie robillard robinett robinette robirds robison robitaille robledo roblee robles robnett robotham
robson robuck roby roca rocamora rocca roccabonella rocchi rocchio roch rocha rochain rochat roche rochefort rocheleau
rochester rochez rochford rochholz rochin rochon rocke rockefeller rockett rockey rockhill rockhold rockingham rockmore
rockstad rockwell rockwood rocque rocray roda rodabaugh rodachain rodacháin rodai rodaigh rodain rodak rodan rodarte
rodas rodaí rodd rodda rodden roddenberry roddy rodeheaver rodela roden rodenas rodenberg rodenberger roder rodes
rodewald rodgerson rodi rodick rodiguez rodin rodkey rodman rodocker rodregez rodreguez rodrequez rodriges rodrigez
rodrigue rodrigues rodriguez rodriguiz rodriguz rodrique rodriques rodriquez rodriquz rodríguez rodáin roebke roecker
roedel roeder roedl roehl roehm roehr roehrick roehrig roeker roel roelfs roell roemer roemmich roen roepke roering
roero roesch roeser roeske roesler roesner roessler roets roettger roewe roff roffe rogala rogalska rogalski rogan
rogel rogerson rogge roghair rogne rogness rogoff rogowska rogowski rogriguez roh rohde rohe rohen roher rohl rohland
rohleder rohlfing rohlfs rohling rohlman rohloff rohm rohman rohn rohner rohr rohrbach rohrbacher rohrback rohrbaugh
rohrer rohrich rohrig rohrs roibin roibín roider roig roiger rois roisde roiste roithleain roithleáin roitman rojas
rojek rojero rojo roker rokosz rolain rolan rolen rolens roley rolfe rolfes rolfs rolin roling rolins rolla rolle
rollefson rollerson rolley rollie rollin rollings rollins rollinson rollison rollman rollo rollow rollyson roloff rolon
rolph rolstad rolston romagnoli romain romanelli romani romaniello romanik romano romanowska romanowski romans romanska
romanski romaro romas romberg romberger rome romelus romer romero romesburg romeu romey romie romig romine romines
rominger romiti romito rommel romney romo romos romriell ronain ronayne ronca roncalli ronco rondeau rondon rone roney
rongstad ronin ronk ronning ronoh ronquillo roode rookard rooke rooker roon rooney roop roope roos roosa roose rop
roper ropero ropp roppolo roquemore rorabaugh rorer rorick rorie rork ros rosado rosal rosales rosalez rosano rosas
rosasco rosati rosato rosberg rosborough rosch roseberry roseboro roseborough rosebrock rosebrook rosebrough rosecrans
rosel roseland rosell roselli rosello roselló roseman rosemond rosen rosenau rosenbalm rosenbaum rosenbeck rosenberg
rosenberger rosenberry rosenblatt rosenbloom rosenblum rosenbluth rosenburg rosendahl rosene rosenfeld rosenfield
rosengarten rosenkranz rosenow rosenquist rosenstein rosenthal rosenwald rosenzweig roser rosero rosete rosetti
rosewell roshak rosi rosica rosiello rosiles rosillo rosing rosinska rosinski roskelley rosko rosman rosmarin rosmini
rosner rosoff rosol rossano rossbach rosse rossel rossell rosselli rossellini rossello rosselló rosser rossetti rossi
rossignol rossin rossini rossiter rossman rossmann rosso rosson rossow rost rostad rostek rosten roston roswell rota
rotan rotchford rotella roten rotenberry rotermund roth rothallaigh rothberg rothchild rothe rothell rothenberg
rothenberger rother rothermel rothermich rothfuss rothgaber rothgeb rothlainn rothman rothrock rothschild rothstein
rothwell rotolo roton rotondo rotramel rott rottenberg rotter rottinghaus rottman rotundo rotunno rotz roudabush
roudebush roufs rougeau rougeot rought roughton rouillard rouleau roumeliotis roundtree roundy rounsaville rountree
roupe roura rourk rourke rouser rousey roush rousse rousseau roussel roussell rousselle roussin routh routhier
routledge routon routson routt roux rouzer rovero rovira rowand rowden rowe rowell rowen rowett rowland rowlands rowlee
rowles rowlett rowlette rowley rowse rowser rowsey rowson rowton roxas roxberry royall roybal roye royea royer roylance
royo roysden royse royster royston rozanska rozanski rozar rozas rozeboom rozek rozell rozelle rozema rozier rozman
roznowska roznowski rozycka rozycki rozzell rozzi rua ruachain ruacho ruacháin ruadhain ruadhainn ruadhchain ruadhcháin
ruadháin ruaidhe ruaidhin ruaidhinn ruaidhri ruaidhrí ruaidhín ruain ruairc ruan ruanadha ruanai ruanaidhe ruanain
ruanaí ruane ruano ruanáin ruark rubalcaba rubalcava rubano rubbia rubeck rubel rubens rubenstein rubert ruberto
rubiano rubino rubinson rubinstein rubio ruble rublee rubner rubottom rubyor rucci ruch ruchti rucinska rucinski ruck
rucka rucker rucki ruckle ruckman rucks rud ruda rudaigh rudasill rudd ruddell rudden ruddick ruddle ruddock rudel
ruderman rudesill rudge rudgers rudi rudie rudig rudiger rudin rudisell rudisill rudkins rudloff rudlong rudman rudnick
rudnicka rudnicki rudzinska rudzinski rueb ruebush rueckert rueda ruegg ruehl ruel ruelas ruelle ruesch ruess rueter
ruf rufenacht rufener ruffalo ruffcorn ruffin ruffini ruffino ruffins ruffner ruffo rufo ruge ruger rugg ruggeri
ruggerio ruggieri ruggles rugh rugut ruhenkamp ruhl ruhland ruhlman ruhnke ruhter ruis ruiseal ruiséal ruiz ruland
ruley ruliffson rulison rullan ruller rulli rumbaugh rumberger rumbley rumbo rumery rumfelt rumley rummel rummell
rumore rumpf rumph rumrill rumsey runaidhe runco rundell rundle rundquist runge runion runions runk runkel runkle
runnion runquist runu runyan runyon ruocco ruoff rupar rupard rupe ruple rupp ruppe ruppel ruppert rupprecht ruprecht
rupright rusch rusche ruscher rusconi rusek rusher rushford rushin rushlow rushton rusiecka rusiecki rusin ruskin rusko
rusnak russak russaw russett russey russi russian russin russo russom russow russum rustad rusticucci rustin ruston
ruszkowska ruszkowski ruta rutan ruther rutherford ruthstrom ruthven rutigliano rutkowska rutkowski rutland rutledge
ruto rutt rutten rutter rutto rutty rutz ruud ruvalcaba ruvolo ruwa rux ruybal ruyle ruz ruzicka ruzzo ryals ryans
ryant ryba ryback rybak rybczyk ryberg rybicka rybicki rybka rybolt ryburn ryce ryckman rydberg ryden ryder rydzewska
rydzewski ryer ryerson rygiel ryker ryland rylander ryle rylee ryles ryman rymer rynearson rynn rynne rys rághaill
ráighle ráighne ráinne ránaigh réagáin réamoinn réamonn réill ríle río ríogh ríoghbhardáin ríogáin ríordáin ríos rís
rócháin ródenas róisde róiste róláin rónáin rós rúnaidhe rúnú rúáin saab saade saam saar saari saas saathoff saavedra
sabado sabados sabal sabala saballos saban sabat sabatelli sabater sabatini sabb sabbagh sabbatini sabel sabella saber
sabharwal sabia sabino sabio sablan sabo sabol sabori sabourin sacchetti sacco saccone sachar sachdev sachdeva sacher
sachs sachse sackett sackey sackman sackrider sacristán sada sadberry saddler sader sadiq sadler sadlier sadowska
sadowski sadowsky sadusky sae saechao saeed saefong saeger saelee saenger saenz saephan saetern saeteun saez safak
saffell saffer saffi saffold safford safi safley safo safoaa safran safrit sagal sagar sagaser sagel sagers sagese
saglibene sagnelli sagon sagraves sagredo sagucio sagun saha sahagun sahm sahni sahota sahr saia saiki sailer sain
saina saindon saine saini sainz sairseal sais saito saitoti saiz sajdak sak sakai sakamoto sakarya sakata sakoda
sakowska sakowski saks sakuma sakurai sakwa sala saladin saladino salah salais salako salam salamanca salamon salamone
salamy salandra salas salat salata salatino salazar salazer salberg salce salcedo salcido saldana saldaña saldivar
saleem saleh salem salerno salgado salgari salge salguero saliba salido salieri salierno salinas saling salis salisbury
salizar salk salkeld sallaz sallee salling sallis salloum salls salman salmans salmela salmen salmeron salmerón salmi
salminen salmonson salo salois salom salomone salone salsberry salsbury salsedo salser salsman salters saltis saltsman
saltz saltzman salva salvaggio salvas salvatierra salvato salvemini salvesen salvetti salvia salviejo salvini salvino
salvà salyards salyer salyers salz salzano salzar salzer salzman salzmann salzwedel sama samaha samaniego samas samayoa
sambrano samele samet samford sammartano sammartino sammet sammon sammons samms samoei samons samora sampath samper
sampica sampley sampsel sampsell sampson samra sams samsel samudio samuels samuelson san sanabria sanagustin sanantonio
sanborn sanches sanchez sandage sandahl sandau sandavol sandberg sandburg sande sandefur sandel sandell sanden
sandercock sanderfer sanderford sanderfur sanderlin sanderman sanderson sandez sandford sandgren sandhu sandidge
sandifer sandiford sandigo sandin sandine sandler sandles sandlin sandmeier sando sandobal sandor sandoral sandoval
sandoz sandquist sandri sandridge sandrock sandstrom sandt sandusky sandvik sanes sanfilippo sanger sangha sanghvi
sangster sanguineti sani sanjose sanjuan sanjurjo sankar sankaran sankey sankoff sanks sanluis sanmartin sanmartín
sanmiguel sanner sannicolas sano sanon sanor sanpedro sanroman sansbury sanschagrin sansom sanson sansone sansoni
sansoucie sansoucy sant santaana santacruce santacruz santalucia santamaria santamaría santander santangelo santaniello
santano santarelli santarpia santee santella santellan santelli santeramo santerre santi santibanez santigo santillan
santillanes santilli santillo santini santistevan santizo santoli santone santora santore santorio santoro santoy
santoyo santucci sanudo sanville sanz sanzo sanzone sao saoraidhe saors saperstein sapien sapienza saporito sapp
sappington sarabia saraceno saracino saraf sarafin saragat saragosa saraiva saravia sarber sarcone sardina sardinas
sardinha sargeant sargent saric sarin sarinana sarkar sarkis sarkisian sarkissian sarles sarma sarmiento sarna
sarnicola sarno sarpong sarpy sarra sarracino sarraf sarratt sarrett sarris sarro sarsfield sartain sarti sartin sartor
sartori sartwell saruni sarver sarvis sarwary sary sas sasaki sasnett sassaman sassano sasse sasseen sasser sassman
sasso sasson sassone sastre sastry satchell satcher sater saterfiel sathe sather sato satre satriani satta satter
satterfield satterlee satterly satterthwaite satterwhite sattler sauage sauceda saucedo sauder sauders sauer sauers
sauerwein sauli saulnier sauls saulsberry saulsbury sault saulter saulters saults saum saunder saunders saunier saur
saura saurer saurez sauro sause sauseda sausedo sauter sautner sautter sauvage sauvageau sauve savageau savala savard
savarese savary savastano savedra savel savell savely savery savidge saville savin savini savino savinon savoca
savocchia savoie savorgnan savory savoy sawe sawhney sawicka sawicki sawin sawinska sawinski sawka sawrey sawtelle
saxbury saxby saxe saxena saxman saxon saxton sayas saye sayegh sayer sayers sayle sayler sayles saylor saylors sayre
sayward sbarbaro scaccia scadlock scaduto scafe scaff scaffidi scaggs scaglione scaife scala scalaidhe scalaighe
scalera scalf scalfaro scalia scalise scalisi scallaigh scallan scallon scally scalzo scamarcio scanaill scandone
scanlain scanlan scanlon scanláin scannail scannaill scannell scannlain scannláin scantlebury scantlin scantling
scappaticci scaramucci scarber scarberry scarboro scarborough scarbrough scardina scardino scarff scarfo scarfoglio
scarlatti scarola scarpa scarpelli scarpetta scarpino scarponi scates scavuzzo sceachain sceallain scealláin scearce
schaad schaaf schaal schaalma schaap schaar schabel schaber schacher schacherer schacht schachter schack schad schade
schadler schaedler schaefer schaeffer schaer schafer schaff schaffer schaffert schaffhauser schaffner schaible schaich
schain schakel schalk schall schaller schamber schamp schams schanck schane schaner schank schanno schantz schanz
schaper schapiro schardein scharf scharfenberg scharff scharpman schartz schatz schaub schauer schauman schaumberg
schaumburg schaus schauwecker schear schebel schebler schechter schechtman scheck schecter schedler scheel scheele
scheeler scheer scheerer scheetz scheff scheffel scheffer scheffler scheib scheibe scheiber scheible scheid scheide
scheidegger scheider scheidler scheidt schein scheiner schell schellenberg scheller schellhase schelling schember
schemmel schempp schenck schendel schenk schenkel schenker schepers schepis scher scherb scherbarth scherer scherf
scherff scherich scherman schermann schermer schermerhorn scherping scherr scherrer schertz scherzer scheu scheuerman
scheuermann scheulen scheurer scheve schewe schexnayder schiano schiaparelli schiavo schiavone schiavoni schibi
schicchi schick schickel schieber schiefelbein schiefer schieffer schiel schield schiele schier schiess schiff schiffer
schiffman schikora schild schildgen schildknecht schildt schilke schill schillaci schiller schilling schillinger
schimek schimke schimmel schimming schimpf schindele schindler schinke schipper schippers schirmer schiro schirtzinger
schisler schissler schlabach schlachter schlag schlagel schlager schlageter schlanger schlater schlather schlatter
schlecht schlee schlegel schleich schleicher schleifer schlemmer schlender schlenker schleppenbach schlereth
schlesinger schlesser schlessman schleusner schley schlicher schlicht schlichter schlichting schlick schlinger schlitt
schlitz schloemer schloop schloss schlosser schlotter schlotterbeck schlottmann schlueter schlup schluter schmader
schmaus schmeling schmeltzer schmelzer schmick schmid schmidgall schmidt schmidtke schmied schmieder schmiege schmierer
schmiesing schmit schmith schmitke schmitmeyer schmitt schmitz schmoll schmucker schmuhl schmutz schmutzler schnabel
schnack schnackenberg schnaible schnake schnall schnarr schneck schnee schneeman schneider schneiderman schnell
schnelle schneller schnettler schnetzer schnider schnieder schnieders schnitker schnitzer schnoor schnorr schnuerer
schnur schnurr schober schoch schock schoeder schoeffler schoemaker schoen schoenberg schoenberger schoenborn schoene
schoenemann schoener schoenfeld schoenfeldt schoenherr schoening schoenrock schoenwetter schoepp schoettle schoff
schofield schofill scholer scholes scholl scholle schollmeyer scholten scholtes scholtz scholz scholze schomaker
schomburg schomer schommer schon schonberg schonberger schonfeld schons schoof schook schoolcraft schooler schooley
schoolfield schoon schoonmaker schoonover schopp schoppe schor schorn schorr schott schoultz schouten schow schowalter
schrack schrader schraeder schrag schrage schram schramek schramel schramm schrank schrantz schranz schrecengost
schreck schreckengost schrecongost schreder schreffler schreiber schreier schreifels schreiner schremp schrenk schriber
schrick schrieber schriefer schrier schriever schrimpf schrimsher schriner schriver schroader schrock schroder schrodt
schroeden schroeder schroepfer schroer schroeter schroll schrom schronce schroth schroyer schrum schrunk schrupp
schryver schubbe schubert schuch schuchard schuchardt schuck schucker schudel schueler schuelke schueller schuessler
schuett schuette schuetz schuetze schug schuh schuld schuldt schulenberg schuler schulke schull schuller schulman
schult schulte schultes schultheis schultheiss schultz schultze schulz schulze schum schumacher schumacker schumaker
schuman schumann schumer schummer schumpert schuneman schunk schupbach schupp schur schurg schurman schurr schussler
schuster schutt schutte schutter schutz schutzenhofer schuur schuyler schwab schwabe schwaderer schwager schwalb
schwalbe schwalm schwan schwandt schwaner schwanke schwantes schwanz schwark schwarting schwartz schwartzberg schwartze
schwartzkopf schwartzman schwarz schwarze schwarzer schwebach schweer schweers schwegel schweiger schweigert schwein
schweinsberg schweiss schweitzer schweizer schwenck schwend schwenk schwenke schwer schwerin schwertner schwichtenber
schwiebert schwieger schwimmer schwind schwindt schwing sciacca scialdone scialpi sciandra scianna sciarra sciascia
scicchitano scimeca scinto scioneaux sciortino scipio scism sclafani scobee scoby scofield scoggan scoggin scoggins
scogin scola scolai scolaidhe scolaighe scolaro scolaí scoles scolieri scollaigh scollain scollan scollard scolláin
sconiers sconyers scopel scordino scordo scorzelli scotti scotto scotton scouten scovel scovell scovil scovill scoville
scranton scriber scribhin scribhín scribner scriven scrivens scriver scrivner scroger scroggin scroggins scroggs
scruggs scruton scudder scuderi scullark scully scurlock scutt scéacháin seabaugh seaberg seaberry seabolt seaborn
seabreeze seabron seabrook seabrooks seabury seachnasaigh seafraidh seafraigh seager seagha seaghain seagle seago
seagrave seagraves seagren seagroves seain seale seales sealey seally sealock sealy seamans seamon seamons seamuis
seanachain seanacháin seanaigh seanain seanainn seanez seanlaoich seanáin seaquist searby searcaigh searcy searfoss
searight searl searle searles searlog searls searlóg searraigh searson seartha seary sease seasnain seasnáin seaton
seaver seavers seavey seawell seawood seawright seay sebastien sebben sebek seber sebesta sebo sebourn sebree sebren
sebring sebron sechler sechrest sechrist secker seckman seco secor secord secrest secrist sedam sedano sedberry seddio
seddon seder sedgwick sedillo sedivy sedlacek sedlak sedlock sedor sedore sedwick seebach seeber seedorf seefeldt
seefried seegars seeger seegers seegmiller seehafer seehusen seekins seel seelbach seeley seelig seeliger seely seelye
seeman seeney seery seese seever seevers sefton segal segall segalla segar segarra segars segawa seger segers segerson
segersun segler segni sego segovia segraves segre segrest segrè segui seguin segundo segura seguí sehgal sehnert sehr
seib seibel seiber seibert seibhleain seibhleáin seibhlin seibhlín seibold seidel seidell seiden seidensticker seider
seiders seidl seidler seidling seidlitz seidman seidner seiersen seifer seifert seifried seigel seighin seigler
seigworth seiler seilhamer seim seinin seinín seip seipel seiple seipp seireadain seireadáin seiter seith seitheachain
seitheacháin seithneachain seithneacháin seitric seitz seitzinger sek sekhon sekulska sekulski selander selby selden
selders seldin seldomridge seldon seley selfridge selig seligman seligson selin selinger selk selke selkirk sellars
selle selleck sellen selley sellick sellman sellmeyer sellner selman selmon selover selph selsor selvera selvey
selvidge selvig selvy selway selzer sem semaan seman semans semas semenec sementilli semenza semien semitecolo semler
semmel semmens semmes semon semones semper semple sen senatore senay sendejo seneca senecal senechal senegal sener
seney senft seng senger sengupta senko senn senne sennett sensabaugh sensenig sensoy sentell senteno senter senters
sentz seo seochfhradha seochru seochrú seoighe seoin sepe sepeda seper sepich seppala sepulueda sepulvado sepulveda
sequeira sequra serafin serafine serafini serafino serano serao serdula serem sereno serfass sergent sergi serice
seright serino serio serlupi sermonti serna sernas seroka serpa serpas serpico serr serra serraglio serrano serrao
serrata serrato serratore serratos serrell serres sersen servais servantes servantez servello servin servis serviss
serwaa sesco seshadri sesko sessa sessler sessoms sessum sessums sester seta sethi setlak setliff setlock seto setrick
setser setton setty setzer setzler seufert seung severa severns severson severt severtson severy sevey sevier sevigny
sevilla sevillano seville sevin sevy sewall seward sewell sexauer sexson seyal seybert seybold seyer seyfarth seyfried
seyler seymer seymore seys sezer sezgin seághain seáin sferra sforza sgalambro sgarbi sgro sgroi sgulla shabazz shabot
shackelford shackelton shackett shackford shackleford shadd shadden shaddix shaddock shaddox shadduck shader shadid
shadle shadler shadley shadoan shadrick shadwick shaefer shaeffer shafer shaff shaffer shaffner shaffrey shafran shahan
shaheed shaheen shahid shaikh shain shakespeare shakir shalash shallenberger shambaugh shambley shamblin shambo
shamburger shamhrain shamhráin shamonsky shamp shampine shamsiddeen shanafelt shanahan shand shands shaner shaneyfelt
shanholtz shanholtzer shankar shanker shankle shankles shanklin shankman shanley shanny shantz shao shapard shapiro
shapley shappell sharaf sharber sharbono sharer sharif shariff sharkey sharlow sharma sharman sharpe sharples sharpless
sharpley sharpnack sharpton sharrar sharrard sharrett sharrieff sharrock sharrow sharry shartrand sharum shasteen
shatley shattles shatto shattuck shatz shatzer shaub shauf shaughnessy shaul shaw shawcroft shawe shawgo shawver shead
sheaffer sheahan shealey shealy shean sheane sheard shearin shearn shearon sheats sheckler sheckles shedd shedden
shedlock shedrick sheedy sheehan sheehy sheeks sheeler sheeley sheely sheeran sheerin sheetz sheffer sheffey sheffield
sheffler shehan shehane shehorn sheil sheilds shein sheitric shelburne shelden sheler sheley shelhorse shellenbarger
shellenberger shellhammer shellito shellman shelman shelnutt shelor shelquist shelvey shemanska shemanski shemwell shen
sheng shenk shenkel shenkman shenoy shenton sheoinin sheoinín shepard shepardson shepeard sheperd shephard shepheard
shepler shepley sheppard shepperd shepperson sher sherard sherbondy sherburne shere sherer sherfey sherfield sherick
sherk sherlin sherlock shermer sheroan sherr sherrard sherrer sherrick sherrod sherrow sherwin sheston sheth shetler
shetley shetty sheu shevlin shew shewmake shewmaker shi shiba shibata shibley shick shideler shidler shieh shiel shiels
shier shiffer shiffler shifflet shifflett shiflet shiflett shifrin shih shikles shikuku shiley shillingburg shilt
shilts shima shimabukuro shimada shimasaki shimek shimer shimizu shimkus shimmel shimmin shimp shina shinall shinault
shindler shingler shingleton shininger shinkle shinn shipe shipes shiplett shipley shipman shipp shippee shippey shipps
shippy shipton shirah shiraishi shiraki shireman shirer shirey shiring shirkey shiro shiroma shishido shisler shitric
shiurdain shiurtain shive shively shiverdecker shives shiyou shiúrdáin shiúrtáin shkreli shoaf shoaff shobe shockey
shockley shoemake shoen shoener shoff shoffner shoffstall shofner sholar sholes shollenberger sholtis sholty shomais
shomaker shomo shonk shonka shonkwiler shontz shoop shoopman shope shoptaw shor shorb shorey shortell shortle
shortridge shortt shorty shott shotts shotwell shough shoulta shoults shoultz shoun shoup shouse shover shovlin
showalter shrader shreeves shreffler shreve shreves shrewsberry shrewsbury shrider shriner shriver shrock shrode shroff
shropshire shrout shroyer shrum shryock shubeck shubert shubin shubrooks shue shuecraft shuey shufelt shuff shuffield
shuford shugart shugrue shukla shular shuler shull shulman shultis shults shultz shulz shum shumake shumaker shuman
shumard shumate shumpert shumsky shumway shunk shunnarah shupe shupp shur shure shurley shurman shurtleff shurtliff
shurtz shuster shute shutt shuttlesworth shuttleworth shutts shómais sia siacais siadhachain siadhacháin siadhail
siaghail sianez siardain siardáin sias sibal sibbett sibert sibhleain sibhleáin sibilia sibley sibrian siburt sica
sicard siciliano sickels sickler siddall siddens siddiqi siddiqui siddle siddon siddons sidebottom sidelinger sidener
sider sideris siders sidheail sidheáil sidhu sidi sidler sidman sidoti sidwell sieben siebenaler sieber siebert siebold
sieck sieczka sieczkowska sieczkowski siefert siefken sieg siegal siegel sieger siegfried siegle siegler siegmund
siegrist siegwarth siele sieler siemens siemers sieminska sieminski siems sienkiewicz sieren siers siever sievers
sievert siewert sifford siffredi sifuentes sigala sigei sigel sigerson sigg siggers siggins sigler sigman sigmon
sigmund signor signorelli signorile sigrist siguenza sikes sikkink sikora sikorska sikorski sikuku silacci silano
silber silberberg silberg silberhorn silberman silberstein silcott silcox siler silfies silguero silha silis silke
silkwood silleman siller silliman sillman silman silmon silsby silvas silveira silvera silverberg silveria silverio
silverman silvernail silverstein silverthorn silvertooth silvestri silvey silvis simar simard simas simbeck simcox sime
simek simenson simental simeoin simeone simeoni simerly simes simien simila similton simington simkin simkins simko
simley simmerman simmions simmon simmonds simmons simms simo simoes simonds simoneau simoneaux simonelli simonetti
simoni simonian simonin simons simonsen simonson simonton simpkins simpson simser simson simó simões sinan sinard
sinatra sincell sinclair sindelar sineath sinegal sines singelton singh singhal singler singletary singleterry singley
sinha siniard sinicka sinicki sinisi sinka sinkfield sinkler sinko sinn sinnett sinnott sinopoli sinor sinquefield
sinton sinyard siochain siochfhradha siochru siochrú sioda siomoin sionachain sionacháin sionain sionainn sionnaigh
sionáin sioradain sioradáin siorain siordia siothchain sipe sipes siple sipos sipp sippel sipple siqueiros siracusa
siragusa sircy sirianni sirin sirk sirko sirmans sirmons sirois sisca sisco sisemore sisk siska sisler sismondi
sisneros sison sissel sissom sisson sisti sisto sistrunk sitati sith sithigh siththe sitienei sitko sitler sito sitra
sitsler sitterson sittig sitton situma sitz sitzes sitzman siun siurdain sivak sivels siver siverd siverly sivers
sivertsen sivertson sivic sivils sivret siwek siwiec sizelove sizemore siún siúrdáin sjoberg sjodin sjogren sjolund
sjoquist sjostrom skaar skafidas skaggs skahan skains skala skalicky skally skalska skalski skalsky skane skanes skarda
skare skeahan skeans skeels skeem skeen skeens skees skeete skeeter skeeters skeffington skehan skelley skelly skelton
skenandore skerrett skiba skibbe skibinska skibinski skidmore skiles skillern skilling skillings skillman skinner
skipworth skirvin skiver skivington sklar skog skogen skoglund skokan skolnick skolnik skoog skora skorupska skorupski
skousen skovira skow skowron skowronek skowronska skowronski skrzypek skutnik skyles slabaugh slaby slacum slade slager
slaght slagle slagter slama slamain slamon slane slaney slankard slape slappy slatara slaten slater slatkin slaton
slatter slattery slatton slaubaugh slaugh slaven slavens slavick slavik slavin slawson slaybaugh slayden slaydon
slaymaker slayton sledd slee sleeman sleeth sleger sleibhin sleight slemmons slemp slenker slentz sletten slevin slezak
slifer sligar sliger sligh sliker slinkard slinker sliter sliva sliwa sliwinska sliwinski sloan sloane sloas sloat
slocum slocumb sloma sloman slominska slominski slonaker slone slonska slonski sloss slosser slota slovacek slovak
slover slovinsky slowey slowik slowinska slowinski sluaghdhain sluaghdháin sluder slusar slusher sluss slusser slye
slyne slyter slámáin sléibhín smail smal smale smalley smalling smallman smallwood smarr smartt smathers smay smead
smeal smealain smealáin smedick smedley smelcer smelley smelser smeltzer smetana smethers smid smiddy smidt smillie
smirnoff smithee smither smitherman smithers smithey smithhart smithj smithson smithwick smitley smits smittle smoak
smola smolain smolder smolen smolenska smolenski smolensky smoley smolik smolinska smolinski smolka smoláin smoot
smotherman smouse smrekar smsith smtih smucker smudrick smuin smullen smutz smyer smyers smylie smyre smyser smyth
smythe smál snape snapp snarr snavely snay snead snedden sneddon snedegar snedeker snee sneed snelgrove snell sneller
snellgrove snelling snellings snelson sniffen snively snodderly snoddy snodgrass snoke snook snooks snover snowberger
snowden snuggs snyder soares sobczak sobczyk sobel sobey sobie sobieska sobieski soble sobol sobolewska sobolewski
sobolik sobon sobota sobotka sobowale sobrero sobrino sobus socha sochor socia sockwell soden soder soderberg sodergren
soderholm soderini soderling soderlund soderman soderquist soderstrom sodhi soeder soehl soffer soffici sofranko sogge
sohl sohn sohr soi soileau soita soja sojka sojourner sok sokol sokoloff sokoloska sokoloski sokolov sokolowska
sokolowski sokolsky sola solak solan solana soland solanki solano solares solari solberg soldano soldner soldo solem
soler solera solesbee solheim soliday solie soliman solimena solis solivan soliz sollars sollenberger soller sollers
solley sollima sollis solly soloman solon solorio solorzano solsona solt soltani soltero soltis soltys solum soluri
solé solís som somachain somacháin soman somera somers somerville somma sommaruga sommerfeld sommerfeldt sommerfield
sommers sommerville somogyi somoza sondag sonders sones songer soni sonier sonkin sonne sonnek sonnen sonnenberg
sonnier sonnino sonntag sontag sood sookram soolachan soolachán soolaghan sooter soper sopha sopher sopko sopp soppe
soqui sora soran soranzo sorber sorbo sorce sordi sorel sorensen sorenson sorey sorg sorge soria soriano sorice sorkin
sorn sorrell sorrells sorrentino sorto sorum sosa sosbee sosebee sosinska sosinski sosna sosnain sosnowska sosnowski
sosnáin sostre sotelo soto sotolongo sotomayor sottile souchet soucie soucy souder souders souers souffrant soukup
soulard soule soules soulia soulier souliere soundara sousa souter southall southard southcott souther southerland
southers southwell southwick southwood southworth souza sova sovocool sowa soward sowards sowder sowders sowell
sowinska sowinski sowle soyinka soylu soza spackman spada spadafora spadaro spader spadoni spady spaeth spafford
spagnola spagnoli spagnolo spagnuolo spahn spahr spaid spain spainhour spainhower spalding spall spalla spallanzani
spallone spaman spanbauer spanevello spang spangenberg spangler spanier spann spano spanos sparacino sparacio sparano
sparger spargo spargur sparkes sparkman sparlin sparling sparr spartz spataro spath spatz spaulding spaur spaziani
spead speakman spealain spealáin spearman speas spease spece specht speciale speckman spector speece speegle speelman
speer speers spees speh spehar speicher speidel speier speight speights speir speirs speiser spellacy spellman spelman
spence spendlove spengler speno spenser spenst spera sperbeck sperber speri sperling spero speroni sperow sperry speth
spevak speyer speyrer speziale spicer spicher spickard spidel spidell spidle spiegel spiegelman spieker spielberg
spieler spielman spier spiering spiers spiess spieth spiewak spigelmyer spight spigner spiker spilker spillane spille
spiller spillers spillman spilman spina spindel spindler spinella spinelli spink spinks spinney spino spinola spinosa
spinuzzi spiolain spiollain spiolláin spioláin spira spirko spiro spisak spitler spittler spitz spitzer spiva spivak
spivery spivey splawn spoelstra spofford spohn spolain spoláin spomer sponaugle spong sponseller sponsler spooner
sporer sporn sposato sposito spoto spotts spraberry spracklen spracklin spradley spradlin spradling spragg spraggins
spraggs spragins spraglin sprague spraker sprandel sprankle spraque spratley spratlin spratling spratt sprau sprayberry
sprecher spreen sprehe spreitzer sprenger sprenkel sprenkle sprigg spriggs springer springfield springstead springsteen
springston spritzer sproles sprott sproul sproule sproull sprouse sprow sprowl spruell spruill sprunger sprvill
spurgeon spurgin spurlin spurling spurlock spurr spurrier spáin squadrito squarcione squibb squier squiers squillace
squillante sraffa sridhar srinivas srinivasan srivastava srock sroka srour srsen staab staal staats stabile stablein
stac stach stachowiak stachowicz stachowska stachowski stachura stacker stackhouse stackpole stadel stadelman stadler
stadtler staelens stafford stager stagg staggs staglieno stagnaro stagner stagnitta stahl stahlecker stahler stahley
stahlhut stahlman stahlnecker stahly stahr stai staib staiger stainback stainbrook staino stakem staker stalcup stalder
staley stallard stallcup staller stalley stallings stallman stallone stallsworth stallworth stalnaker stalter stalvey
stalzer stam stamand stamant stambaugh stamey stamm stamos stamour stamper stampley stanaland stanard stanaway stanback
stanberry stanbery stancil stancill standen stander standerfer standifer standiford standish standley standridge
standun standún stanek stanescu stanfield stanfill stanforth stang stange stangel stanger stangl stangle stango
stanhope stanifer stanish stanislawska stanislawski staniszewska staniszewski stanke stankiewicz stanko stankovich
stankus stanly stannard stano stanphill stansberry stansbery stansbury stansel stansell stansfield stanwick stanwood
stanzione stapel stapleton stapley stapp starbird starbuck starcher starck stargel starin starke starkes starkey starks
starkson starkweather starmer starn starner starnes starns starrett starzyk stasiak stasik stasko stassi staszak staten
statham statler staton statton statum statz staub stauber staubin stauble staudinger staudt staufenberger stauffer
staunton stavros stavrou stayer stayner stayton stcharles stclair stclaire stcroix stcyr stdenis steadham steadman
steagall steakley steans stear stearman stearn stearns stears stebbins stebner stec stecher steck steckel stecker
stecklein steckler steckman stedman steedley steege steele steeley steelman steen steenberg steenbergen steenburg
steere steever steeves stefanelli stefaniak stefanik stefanowicz stefanska stefanski steffan steffen steffenhagen
steffens steffensen steffensmeier steffenson steffes steffey steffler steffy stegall stegeman stegemann steger stegman
stegner stehle stehlik stehr steib steichen steider steidl steier steiger steigerwald steigerwalt steil steimer steimle
steinauer steinbach steinback steinbeck steinberg steinberger steinbock steinbrecher steiner steinert steinfeld
steinfeldt steinhardt steinhart steinhauer steinhauser steinhoff steininger steinkamp steinke steinkraus steinle
steinman steinmann steinmetz steinmeyer steitz stejskal stell stellato stelle steller stellhorn stelling stellmacher
stelluti stelly stelmack stelman steltenpohl stelter stelzer stembridge stemen stemler stemm stemp stemper stemple
stenberg stender stene stengel stenger stennett stennis stensland stenson stensrud stenstrom stenzel stepanek stepanian
stephans stephens stephenson stepler stepney stepnowska stepnowski stepp stepter steptoe sterba sterbenz sterlin
sterman stermer sternberg sternisha sterrett sterry stetler stetson stettler stettner stetz steuart steuber steuck
steuer stevens stevenson stever steverson steves steveson stevick stewert steyer stezzi stfleur stfort stgelais
stgeorge stgermain stgermaine sthilaire sthill stibhin stice stich stichter stickel stickland stickle stickles stickley
stickney stidham stieber stief stiefel stieglitz stien stier stierwalt stiffler stifter stigall stiger stigers stiggers
stigler stika stille stilley stillings stillman stillson stillwagon stillwell stilson stiltner stilwell stimac stimage
stimmel stimpson stimson stin stinchcomb stinchfield stine stinebaugh stiner stines stingley stinnett stinnette stinson
stinton stiofain stiofáin stipe stirewalt stirgus stitely stites stith stitt stitzel stitzer stivanson stiver stivers
stiverson stjacques stjames stjean stjohn stjulian stjulien stlaurent stlawrence stlouis stmarie stmartin stmary
stmichel stobaugh stobbe stober stoc stockard stockbridge stockdale stockdill stockel stocker stockert stockhausen
stockholm stockinger stockley stockman stockner stockstill stockton stockwell stoddard stoddart stodghill stodola
stoeckel stoecker stoeger stoehr stoessel stoetzel stoffel stoffer stogner stogsdill stohl stohler stohr stoia stoiber
stoica stoices stokan stokely stokey stokke stokley stolfi stoll stollar stolle stoller stolley stollings stolp stolte
stoltenberg stoltenburg stoltz stoltzfus stolz stommes stondun stondún stonebarger stoneberg stoneberger stonebraker
stoneburner stonecipher stonecypher stoneham stonehouse stoneking stoneman stonerock stonesifer stonestreet stong
stonge stonis stonum stoodley stookey stooksbury stoots stopher stoppani stopyra storch storck stordahl storer storie
storino storjohann storladi storlie storment stormer stormo storniolo storozuk storr storrer storrs storts stortz
stotler stott stottlemyer stotts stotz stoudemire stoudt stouffer stough stoughton stours stoutamire stoute stoutner
stoval stovall stover stowe stowell stowers stoy stoyle stpaul stpeter stpierre stracener strachan strack strackbein
strader stradford stradivari stradley stradling strahan strahl strahle strahm straka straker straley stramel strandberg
straney strang strangio strano stransky strasburg strassburg strassel strasser strate stratford stratis stratman
stratton straub straube strauch strauf straughan straughn straughter straus strausbaugh strause strauser strauss
strausser strawbridge strawder strawn strawser strawther strayer strayhorn strazza streater strebe strebeck strebel
streck strecker strede streed streeper streeter streetman streett strege strehl strehlow strei streib streich streicher
streiff streight streit strelow stremcha streng strey stribling strick stricker strickland stricklen strickler
stricklin strictland strider strief striegel strine stringfellow stringfield stringham striplin strite strittmatter
strobel strobl stroble strock stroder stroebel stroh strohl strohm strohman strohmeyer strole strom stromain stroman
stromberg strome stromer stromme stromquist stromska stromski stromyer stronach stroop stroope strope stropes strose
strosnider strother strothers strothmann stroud strough stroup stroupe strouse strout strouth strozier strub strubbe
strube struble struckhoff struckman struiksma strunk strupp struss struthers strutton struve strycker stryker
strzelecka strzelecki stthomas stuard stubbe stubbins stubblefield stubbs stuber stucchi stuchlik stucka stuckel
stucker stuckert stuckett stuckey stucki stuckman stucky studdard studebaker studeny studer studivant studley studstill
studt stueber stuekerjuerge stuemke stueve stufflebeam stuhr stukes stull stuller stults stultz stum stumbaugh stumbo
stumpe stumpf stumpff stumph stumpo stumpp stundun stundún stunkard stupak stupar stupka stupp sturch sturdevant
sturdivant sturgell sturges sturgess sturgill sturgis sturkie sturm sturman sturms sturrock sturtevant sturtz stutes
stutesman stuteville stutler stutsman stutts stutz stutzman stwart stych styer styers styons styron stys stín stóc
stănescu suares suarez suazo suber subia sublett sublette subramaniam subramanian suby suchan suchy suciu suckow suda
sudbury suddarth sudderth suddeth suddith sudduth suder suderman sudler sudol suen suermann suero suess suffridge
sugarman sugden sugg suggitt suggs sughrue sugimoto sugrue suh suhr suibhne suilleabhain suilliobhain suipeal suipéal
suire suiter suitt sule sulek sulik sulit sulivan sullenger sullens sullins sullivan sullivant sulser sult sultemeier
sulton sulzer suman sumatzkuku sumbry sumerall sumerlin sumler sumlin summa summars summerall summerfield summerford
summerhays summerhill summerlin summerset summerson summerton summerville summey summitt summy sumner sumners sumpter
sumrall sumrell sumter sund sundaram sundberg sundblad sunde sundeen sundell sunderland sunderlin sunderman sundermeyer
sundet sundin sundquist sundstrom sundt sunga suniga sunseri supernaw suppa suprenant supry sur sura surace surbaugh
surber surdam sureda suresh surette suri surian suriano suriel surita surles surls surma surman surprenant surratt
surrell surrency surrett surrette susa susi susman sussman sustaita sutch sutcliffe suter sutera sutfin suther
sutherland sutherlin sutley sutliff sutphen sutphin sutter sutterfield suttie suttle suttles sutton suyama suydam
suzuki suárez svec svehla svendsen svenningsen sveum svoboda swaby swackhammer swade swader swafford swager swagerty
swailes swaim swainston swales swaminathan swamy swanagan swanberg swander swaner swaney swanger swanigan swanke swann
swanner swanson swantek swanton swapp swarey swaringen swarner swart swarthout swartout swarts swartwood swartwout
swartz swartzentrube swartzfager swartzlander swasey swatzell swayne swayze swayzer sweaney sweany swearengin
swearingen swearinger swearngin sweatman sweatt swecker sweda swedberg swedlund sweeden sweene sweeney sweeny sweers
sweeting sweetland sweetman sweeton sweetser sweezy sweigart sweigert sweis sweitzer swem swenor swensen swenson
swensson swepson swerdlow swett swezey swiatek swiatkowska swiatkowski swicegood swick swickard swider swiderska
swiderski swiech swierczek swigart swiger swigert swiggett swihart swilley swindall swindell swinderman swindoll
swineford swinehart swiney swinford swingle swink swinney swinson swint swinton swist swistak switalska switalski
switzer swoboda swofford swogger swonger swoope swope swopes swoyer swyers swygert sybert sydnor sydow syed sykes
sykora syler sylva sylvain sylve sylver sylvest sylvestre sylvis symes symonds symons synder synnott syombua sypher
syphers syring sysak sytsma syverson syvertsen szabo szady szafranska szafranski szala szatkowska szatkowski
szczepaniak szczepanska szczepanski sze szekely szeto szewczyk szilagyi szoc szoke szopinska szopinski szostak szot
szwaja szydlowska szydlowski szymanska szymanski szymczak szymczyk sáenz sáez sáirséal sánchez séagha séamuis séartha
síocháin síoda síomóin síoráin síothcháin sírín síthigh síththe súilleabháin súilliobháin taaffe taal tabacu tabag
tabak tabares tabarez tabb tabeling taber tabios tabler taboada tabon tabone tabor taborn tabron tacchini taccola tacey
tacheny tacker tackett tackitt tacy tada taddei taddeo tademy tadesse tadlock tadych taff taffe tafolla tafoya taft
tafuri tagg taggart taggert tagle tagliafierro taguchi tague taheri taibl taichligh taidhg tailliuir taillon taing
tainter taira tait taite taitt tak takacs takagi takahashi takaki takayama takeda takemoto taketa takeuchi takyi
talamante talamantes talamantez talamo talarico talavera talbert talbot talbott talcott talerico talford taliaferro
taliani taliercio talkington tallant tallarico tallent talley tallie tallis tallmadge tallman tallon talmadge talmage
talman talone talor talsma talton talty talwar tamarit tamas tamashiro tamayo tambe tamborini tamburello tamburi
tamburini tamburo tamburri tamez tamhais tamimi tamlin tamm tammaro tammen tamplin tamura tanabe tanaka tanberg
tancredi tandon taneja tanenbaum taney tangeman tangen tangney tanguay tanguma tani taniguchi tanimoto tanis tankersley
tanksley tankson tann tannehill tannenbaum tanney tanouye tansey tanska tanski tansley tant tantillo tanton tanui
tanzini tao taormina tapanes tapia tapley taplin tapp tappan tappe tapper tappin tapscott tarallo tarango tarantini
tarantino taranto tarazon tarbell tarbox tarchetti tardie tardif tardiff tardugno tarhan tarin tarkington tarlaigh
tarleton tarlton tarnowska tarnowski tarpaigh tarpey tarpley tarpy tarr tarrance tarrant tarrence tarro tarshis
tartaglia tartaglino tartaglione tarte tartini tartt tarus tarver tarvin tarwater tasca tasch tash tashjian tasker
tasler tassin tasso tasson tassone tassoni tata tatar tate tatem tatham tatman tatom tator tatro tatsch tattersall
tatton taub taube tauber taubman taucher tauer taul taulbee taunton tauras tauscher taussig tavakoli tavares tavarez
tavella tavenner tavera taveras tavernia tavernier tavis tawia tawil tawney tay tayag taybron tayler teachain teachey
teachout teaff teaford teagarden teagle teague teahan tealer teall teamer teangana teangnai teangnaí teaque teare
teasdale teasley teaster teater teator tebaldi tebbs tebo tecson tedder tedeschi tedesco tedford tedrick tedrow
teegarden teel teele teeple teer teets teetz tefft tegeler tegethoff tehan tehrani teich teicher teichert teidheachain
teig teigen teimhneain teimhneáin teitelbaum teixeira tejada tejeda tejedor tejera tejero tekautz tekulve tela telep
telesco telesio telfair telfer telford tella tellado telleria telles tellez tellier tellis tellman tello telly
temblador temkin temme temores tempel tempesta templeman templet templeton templin tenaglia tencalla tench tenenbaum
tenery teneyck teng tengan tennant tenner tenneson tennessee tenney tennison tenny tennyson tenorio tenpenny tensley
tep tepfer tepper terada teran tercero terell terer terhaar terhune terlizzi ternan ternes terpening terpstra terracina
terragni terrano terranova terrazas terrebonne terrel terrien terrill terrio territo terron terrones terrón teruel
terwilliger terzo tesar tesch teschner tesh teske tesoro tesreau tessier tessitore tessman tessmer testa testani
testerman teston teter teters teti tetley tetrault tetreault tetrick tetterton tetzlaff teufel teuscher tevetoglu
tevetoğlu tevis tew tewani tewell tewksbury tews texada texeira texter textor tezeno thach thacher thacker thackeray
thackston thaden thagard thaggard thai thaidhg thaker thakkar thakur thalacker thaler tham thaman thames thamhais
thammavong thane thang tharp tharpe tharrington thate thau thaxton thayer thayne theall theaux thebeau theberge thede
thedford theel theil theilen theiler theis theisen theiss thelen thelmon theobald theriault therien theriot theroux
therrell therriault therrien thesing thetford theunissen theurer theuret theuri theus thiarnain thiarnáin thibaudeau
thibault thibeau thibeault thibeaux thibert thibodaux thibodeau thibodeaux thicke thie thiede thiel thiele thielen
thielman thiem thieman thiemann thieme thierry thiery thies thiessen thighearnaigh thighearnain thighearnáin thigpen
thilges thill thiry thivierge thode thoirbhealaigh thoirdhealbhaigh thole tholen thom thoma thomais thoman thomann
thomason thomasson thomaston thome thomes thomison thompkins thompsom thompson thoms thomsen thomson thomure thomáis
thon thone thor thorburn thorcail thorell thoren thoresen thoreson thorington thormahlen thorman thornberg thornberry
thornborrow thornbrough thornburg thornburgh thornbury thorndike thorne thornell thornes thornhill thornley thornsberry
thornsbury thornton thorp thorpe thorsen thorson thorstad thorton thoya thrailkill thran threadgill threatt threet
threinfhear threinfhir threlkeld throckmorton throgmorton throndson throneberry throneburg thronson thronton throop
thrope thruston thréinfhear thréinfhir thuathail thuathalain thuathaláin thuesen thuku thulin thum thumm thunberg thur
thuranira thurber thurgood thurlow thurmon thurmond thurn thurner thurston thuss thwaites thweatt thygerson thámhais
thómais tiano tiarnaigh tiarnain tiarnáin tibbals tibbets tibbetts tibbits tibbitts tibbles tibbs tice ticer tichenor
tichy tickner ticknor tidball tidd tidmore tidwell tiede tiedeman tiedemann tiedt tiefenauer tieman tiemann tienda
tiepolo tierce tierney tierno tiet tietje tietjen tietz tieu tiffee tiffin tifft tift tigert tiggs tighe tighearna
tighearnaigh tighearnain tighearnáin tigner tigney tignor tigue tijerina tilbury tilden tilford tilghman tillery
tillett tilley tillinghast tillis tillison tillman tillmon tillotson tillson tilly tilman tilson tilton timberlake
timbs timko timlin timm timmer timmerman timmermann timmins timmons timms timoney timony timpe timpson tims tinajero
tinch tincher tindal tindall tindel tindell tindle tindol tineo tiner tingen tingey tingler tingley tingstrom tinkham
tinklenberg tinkler tinley tinnel tinner tinnes tinney tinnin tinnon tino tinoco tinsley tinsman tinstman tiobraide
tiogangco tiomanai tiomanaidh tiomanaidhe tiomanaigh tiománaidhe tiománaí tipler tippen tippens tippett tippetts tippie
tippin tippins tippit tipps tippy tipsword tipton tirabassi tirado tircuit tirey tirop tirpak tirrell tiry tisby
tiscareno tisch tischer tischler tisdale tisdell tisher tison tisor titcomb titmus titsworth titterington tiu tiwaa
tiwari tjaden tjelmeland tkach toal tobar tobe tober tobey tobia tobiassen tobin tobler tobon toborg toca tocci tocco
toda todaro todhunter toelle toenjes toepfer toepke toews tofani tofil toft togher togliatti tognazzi tohall toibin
toirbhealaigh tokar tokarska tokarski tokarz tolain tolan toland tolar tolbert tolden toldo tole toledo tolen tolentino
toler toles tolfree tolin toliver tolle tollefson toller tollerson tolleson tollett tolley tollison tolliver tolly
tolman tolmie tolosa tolson tomaino tomais toman tomasek tomaselli tomasello tomasetti tomasi tomasini tomasino tomassi
tomasso tomasulo tomaszewska tomaszewski tomberlin tomblin tomczak tomei tomek tomer tomerlin tomescu tomey tomhnair
tomich tomita tomkiewicz tomkins tomko tomlin tomlinson tommaseo tomme tompkins tompson tomsic tomson tomáis tondre
tondreau tonelli tonge toninelli tonini tonisto tonkin tonn tonozzi tonra tonui toodle toohey tooke tooker tookes
toolan toole tooles tooley toolin toolis toolson tooman toombs toomer toomey toon toone toor toothaker toothman tootle
topalian tope topel topete topham topia topolska topolski topp topper toppin topps torain toran torbert torbett torborg
torchia torelli tores torez torgersen torgerson torgeson torgrimson torian toriello torina torivio tork torkelson
torlonia tormaigh tormay tormey tormo tornatore tornow toro toroitich torok torpaigh torpey torrain torralba torrance
torre torrecilla torrecillas torregrosa torregrossa torrence torrens torres torrey torrez torricelli torrijos torry
torsiello torti tortora tortorella tortorici toscani toscanini toscano toselli tosh tosi toso tostado toste tosto
totaro toth totino totman toto totten totty touchet touchette touchton tougas touhey toulouse toupin toups tourigny
tourville tousant tousey tousignant toussaint tovar tovey towe towell towery towett towle towler towles towne towner
townes townley townsel townsend townsley townson towry towsend towsley toxey toye tozer tozier tozzi tozzo traber
trabert trabue trachtenberg traczyk trad traeger traetta traff trafford trafton trager tragesser trahan traina trainor
tramble tramel trammell tramonte tranel tranmer transue tranter trantham traoin trapanese trapani trapp trask traub
traughber traut trautman trautmann trautwein trautz travaglia travaglio travelstead traver travers traversa traverso
travia travieso traw traweek trawick trax traxler trayler traylor traynham traynor traywick treabhair treadaway
treadway treadwell treanor treasai treasaigh treasaí trease treaster trebbi trebilcock treccani tredo tredway treece
treen treese trefethen trefry trego tregre treharne treiber treichel treinfhear trejo trela treloar tremain tremaine
trembath tremblay trembley trembly tremmel tremonti tremper trenholm trenor trentham trentin trentini treo treoigh
trepanier treptow tresch trescott tresoldi tressler trethewey treto trevarthen trevathan treves trevino trevisan
trevisani trevizo trew trexler trezise trezza trezzini treó treóigh tri triall triana triano triarsi trias tribbett
tribbey tribble tribby trible tribley tribou tricarico triche trickel trickett trickey trier trieu trigg triggs trigo
triller trillini trillo trimarchi trimbach trimble trimboli trimm trimpe trincavelli trine trinka trinkle trinklein
trinks triola triolo tripathi tripi triplett tripodi tripoli tripp trippe trippensee trippett trippi tripplett trisdale
trisler tritsch tritt trivedi trivett trivette trivino trivitt trobbiani troche troester trogdon troha troia troiano
troilo troise troisi trojacek trojan trojanowska trojanowski trollinger trombetta trombley trombly troncoso trone
tropea tropp trosclair trosper trossbach trost trostel trostle trotman trott trotta trottier troublefield troung troup
trousdale troutman troutner troutt trovato trovillion trowbridge trowell trower troxel troxell troxler troyan troyer
truax trubey truby trudeau trudel trudell trueblood truehart trueheart truelove trueman truesdale truesdell truett
truex truitt trujillo trull trulock trulove trulson truluck trumbauer trumble trumbo trumbull trundy trunnell trunzo
truong trupiano truscott trussardi trussel trussell truxillo trybus tryon tréinfhear tsagairt tsai tsan tsang tsao
tsaoi tsaoir tschanz tschetter tschida tse tseng tsionnaigh tsithigh tso tsosie tsou tsuchiya tsui tsuji tsukamoto
tsutsumi tuachair tuairisc tuairisg tuama tuamain tuamáin tuaraisce tuaruisce tuataigh tuathaigh tuathail tuathaill
tuathalain tuathalin tuathaláin tuathalín tuathlainn tuazon tubb tubbs tubman tubridy tucci tuch tuckerman tudela tuel
tuell tueller tuey tuff tufo tufte tuggle tugwell tuile tuimlin tuinstra tuite tukes tuley tull tuller tulley tullier
tullis tullius tulloch tullock tullos tully tuma tumbaga tumbleson tumblin tumey tuminello tumlin tumlinson tumminello
tung tungate tunis tunison tunks tunnell tunney tunson tunstall tuohey tuohy tupick tupper tur turano turati turay
turberville turbeville turbyfill turchetta turchi turci turcios turck turco turcott turcotte turek turgeon turk turkel
turkington turkowska turkowski turley turlington turman turmel turmelle turnage turnbaugh turnbough turnbow turnbull
turnes turney turnipseed turnley turnmire turnquist turntine turpen turpin turraoin turrell turrentine turrini tursi
turton turturro turvey tusa tusing tussey tussing tustin tutas tuten tuthill tutino tutko tutson tutt tutterrow tuttle
tutton tutty tutwiler tuwei tuzzolino twedt tweedie twellman tweneboa twersky twiddy twiford twigg twiggs twilley
twinam twiner twiss twitchell twitty twogood twohey twohig twombley twombly twomey tworek twumasi twyford twyman tyacke
tyburska tyburski tyce tye tyer tygart tylor tyma tyminska tyminski tynan tyndall tyner tynes tynon tyo tyon tyrer
tyrrell tysinger tyska tyszko tyus táilliúir támhais téacháin téidheacháin téllez tóibín tóláin tórpaigh türk uaid
uaiteir uaithne uaitéir ualghairg uallachain uallacháin ualtair ubaldi uballe uber ucci uchida udeh udell udinese
udinesi udo udy uecker ueda uehara uemura uffelman ugalde ugarte ughi uhl uhler uhlig uhlman uhm uhrich uhrig uibhrin
uibhrín uidhir uidhlinn uiginn uilcin uilcín ulbrich ulery ulibarri ulker ullah ulland ullery ullman ullmann ulloa
ullom ullrich ulm ulman ulmer ulrey ulrich ulsh ultaigh ultsch ulysse umali umana umbach umbarger umbaugh umberger
umbrell umfleet umland umphress umphrey umstead undercoffler underdahl underdown underhill underkofler underwood ung
unga ungar ungaretti ungaro unger uniacke uniaque unknow unnasch uno unrath unrau unrein unrue unruh unser unsicker
unsworth unterreiner untiedt unzueta uong upadhyay upchurch updegraff updegrove updike updyke upham uphoff uplinger upp
uppal upshaw upshur upson uptain upton uram uran uranga urbach urbain urbanek urbani urbaniak urbanik urbanska urbanski
urbina uren urena urenda ureno uresti urey ureña uria uriarte urias uribe urich urick urie uriegas urioste uriostegui
urive urman urquhart urquidez urquijo urrea urrutia ursery ursini urso ursua urton uría uselton usery usrey usry ussery
utecht uthe utley utsey utt uttech utterback utz utzinger uvalle uyeda uyehara uyematsu uzelac uzzell uzzle vaati vaca
vacca vaccarezza vaccaro vacek vacher vachon vaden vadenais vadnais vadner vagliardo vagott vahey vahle vaidya vail
vaile vailes vaill vaillancourt vails vaine valadao valade valadez valasco valasek valasquez valazquez valbuena
valcarcel valcourt valcárcel valderas valderrama valdes valdespino valdez valdivia valdiviezo valdovinos valdés
valenciano valent valenta valente valenti valentini valentino valenza valenzuela valenzula valera valerius valez
valguarnera valiente valier valine valiquette valk vall valla valladares vallance vallandingham vallarta vallas valle
vallecillo vallee vallejo vallejos vallely vallery valles valletta vallez vallian vallien vallier valliere vallieres
vallin vallo vallon vallone vallot valls vallés valmarana valois valone valtierra valverde valvo vanacker vanacore
vanaken vanallen vanalphen vanalst vanalstine vanalstyne vanaman vanamburg vanantwerp vanarsdale vanasse vanatta
vanauken vanausdal vanbebber vanbeek vanbibber vanblarcom vanbrocklin vanbrunt vanburen vanbuskirk vancamp vancil
vancise vancleave vancleve vancott vancuren vandall vandam vandeberg vandebrink vandegrift vandehey vandell vandellen
vandemark vandenberg vandenbos vandenbosch vandenburg vandenheuvel vanderbeck vanderbilt vanderburg vanderford
vandergriff vandergrift vanderheide vanderheyden vanderhoef vanderhoff vanderhoof vanderhorst vanderhyde vanderkooi
vanderlinde vanderlinden vanderlip vandermark vandermeer vandermeulen vandermolen vanderploeg vanderpoel vanderpol
vanderpool vanderslice vandersloot vandersteen vanderstelt vanderveen vanderveer vandervelden vandervoort vandervort
vanderwal vanderweide vanderwoude vanderzee vanderzwaag vandeusen vandeveer vandevelde vandevender vandeventer vandever
vandevoorde vandewalker vandewater vandine vandiver vandivort vandoren vandorn vandorp vandriel vandusen vanduser
vanduyn vanduyne vanduzer vandyck vandyk vandyke vandyne vaneaton vaneck vanegas vanek vanepps vaness vanetten vanevery
vanfleet vanfossen vang vangieson vangilder vangorder vanguilder vangundy vanhecke vanheel vanhise vanhoesen vanhoff
vanhook vanhoose vanhooser vanhoozer vanhorn vanhorne vanhouten vanhowe vanhoy vanhuss vanhyning vanicek vanier
vankampen vankeuren vankirk vankleeck vanlandingham vanleer vanleeuwen vanleuven vanloan vanlue vanmaanen vanmatre
vanmeter vanmetre vann vannah vannatta vannatter vanness vannest vannice vannorman vannostrand vannote vannoy vanochten
vanoli vanorden vanorder vanorsdale vanostrand vanoven vanover vanpatten vanpelt vanriper vanry vansant vanschoyck
vanschuyver vanscooter vanscoy vanscyoc vansickle vanslyke vansumeren vant vantassel vantassell vanterpool vantine
vantol vantrease vanvalkenbur vanvalkenburg vanveen vanvitelli vanvliet vanvoorhis vanvranken vanwagenen vanwagner
vanwagoner vanwart vanwert vanwey vanwie vanwingerden vanwinkle vanwormer vanwyk vanzandt vanzant vanzanten vanzee
vanzile vaquera vaquero vara varano varas varble vardaro vardeman varden varela varella varga vargas vargason varghese
vargo vargus varian varkey varley varma varn varnado varnadoe varnadore varnell varner varnes varney varnum varon
varona varrone vartanian varty varughese vasa vasari vasbinder vasconcellos vasconez vasey vasguez vashaw vashon vasi
vasil vaske vasko vasques vasquez vass vassallo vassar vassel vassell vasser vasta vastine vath vatter vattimo vaugh
vaughan vaughns vaught vause vautour vavra vawter vayda vaz vazguez vazques vazquez vea veach veale veals veasey
veasley veatch veazey veazie vecchi vecchia vecchio vecchione vecellio vecoli vedder veeder veenstra vega vegas vegter
veiga veile veilleux veillon veit veitch veith vejar vejarano vela velaquez velarde velardi velardo velasco velasques
velasquez velastegui velazco velazquez veley velez velis veliz velotta veloz velten veltman veltri veltroni velázquez
venable venard vencill vendetti venditti vendrell venegas venema veney venezia veneziano venier venkataraman venkatesh
venn venne venner veno vensel venske venson venters ventimiglia vento ventresca ventura venturi venturini venturino
venuti venzke venzon ver veras verastequi verbeck verburg vercelloni vercher verdejo verderber verdi verdier verdin
verdon verdone verdu verdugo verdun verduzco verdú vereen veres verga vergara vergari vergassola vergerio vergin verhey
verhoeven verissimo verley verma vermette vermeulen vermilya vermilyea vernaglia verne verner vernier vero veron verra
verret verrett verri verrier verrill verros versace versteeg versteegh verstraete vert vertrees verucchi verville
vescio vescovi veselka vesely vesey vespa vespucci vess vessell vessella vessey vestal vester vetere vetrano vetter
veve vey veyna vezina vezzali viall vialpando vian viana vianello viar viars viator viau vibbert vicari vicario
vicencio vicens vicini vick vickers vickery vicknair vickrey vickroy vicks vicory vicoy victorero victorian victorine
vidales vidana vidaurri vides videtto vidmar vidoni vidrine vidrio vidro vieira viel viele vielma vien viens vier viera
viereck vierling viernes vierra viers vieth vieyra vig viger viggiano vigliotti vigna vigneault vignola vigo vigor
vigorelli vigue vila vilain vilalta vilanova vilaplana vilar viles villacis villacorta villadicani villafana villafane
villaflor villafranca villafuerte villagomez villagran villagrana villalba villalobos villalon villalonga villalovos
villalpando villalta villalva villalvazo villaman villamar villamil villaneda villaneuva villani villano villanova
villanueva villanveva villapando villar villard villareal villarosa villarreal villarruel villarrvel villasenor villata
villatoro villaverde villavicencio villeda villega villegas villela villella villena villeneuve villescas villicana
villines viloria vimont vinal vinas vincelette vincente vinci vinciguerra viner vinet viney viniard vining vink vinning
vinsant vinson vinton vinyard vinzant violante violett vipperman viramontes viray virden vire vires virga virgo virk
viruet visalli viscardi viscarra visconti viser visintini visker vismara visser viswanathan vitagliano vitale vitali
vitalo vitanza vitek vitela vitelli vitello viteri vitiello vitolo vitt vittadello vittetoe vitti vittitow vitturi
vitullo vivaldi vivanco vivar viveiros viverette viveros vives viviani viviano vivier vivo vizcaino vizcarra
vizcarrondo vizcaíno viña viñas vlach vlahos vlashi vlcek voegele voelkel voelker voeller voelz vogan voge vogel
vogelgesang vogelsang voges vogl vogler vogt vogus vohra vohs voight voigt voiles voinea voisin voisine voisinet voit
vold voliva volk volker volkert volkman volkmann voll vollbrecht vollman vollmar vollmer vollrath vollstedt volmer
volner volpe volta volterra voltz volz vona vonbargen vonderheide vondra vondran vong vonk vonruden vonseggern voorhees
voorheis voorhies voorhis vora vorce vore vorhies vories voris vorkink vormwald vorpahl vos vosburg vosburgh vose
voshell vosmus voss vossen vossler votaw voth votta vought vowell vowles voyles vrabel vrba vredenburgh vreeland vrieze
vroman vroom vrooman vue vugteveen vuillemot vukovich vulich vullo vuncannon vuolo vuong vuono vuyovich vyas vázquez
vélez waag waage wable wabomba wabwile wabwire wacaster wach wachob wachowiak wachtel wachter wada waddell waddill
waddington waddoups waddy wadel wadford wadhams wadhwa wadkins wadle wadleigh wadley wadlinger wadlington wadlow wadman
wadsworth waechter wafford wagaman wagar wageman wagener wagenknecht wagganer waggener waggett wagle wagler wagley
wagman wagner wagnon wagstaff wagster waguespack wahington wahl wahlberg wahlen wahler wahlers wahlert wahlgren wahlman
wahlquist wahlstrom wahlund wahome wahpekeche wahs waibel waid waide waidelich waight wain wainio wainright wainscott
wainwright wair waite waites waithaka waithe waithera waithira waitman wajda wakefield wakeham wakeland wakeley wakely
wakeman waker wakhungu wakins wakio wako wala walawender walberg walbert walborn walbridge walburn walch walck walcott
walcutt walczak walczyk wald waldal waldeck walden walder waldie walding waldman waldner waldoch waldon waldorf waldow
waldren waldrep waldridge waldrip waldron waldrop waldroup waldrup waldschmidt waldvogel walford wali walia waligora
walke walken walkes walkins walko walkowiak walkowska walkowski walkup walla wallach wallander wallen wallenstein
waller walley wallick wallin wallingford wallington wallis wallner walmsley walpole walquist walrath walraven walser
walsh walshe walson walstad walston walstrom walt waltermire walters walterscheid waltersheid walth walthall walther
walthour waltjen waltman waltmon waltner waltrip walts walworth walz walzer wamaitha wambach wamble wamboi wambura
wampler wampole wamsley wamuyu wanamaker wanat wandera wandersee wandrei wang wanga wangai wangare wangechi wangeci
wanger wangerin wangler wanjau wanje wanjira wanjugu wanke wankum wann wannamaker wansley wantland wantz wanyoike wanza
wanzala waples warbritton warburton wardell wardlaw wardle wardlow wardrip wardwell wareham warehime wareing waren warf
warfel warfield warford wargo waring wario wark warkentin warlick warmack warman warmath warnack warncke warne warnecke
warneke warnell warnick warnke warnock warr warrell warrick warriner warrington warrix warshaw warthen warton waruguru
warui warwick warzecha wasco wascom wasden washam washburn washinton wasicek wasielewska wasielewski wasik wasike
wasilewska wasilewski wasinger waskiewicz wasko wasmer wasmund wason wasonga wass wassel wasser wasserman wassink
wassmann wasson waston waswa waszak watanabe waterbury waterfield waterford waterhouse waterman waterson watford wathen
watkin watkins watkinson watland watler watley watlington watrous watson wattenbarger watters watterson wattley watton
watwood watzka waugh wauneka wavinya wawers wawira wawire wawrzyniak waxman waybright waycaster waye wayland wayman
wayment waymire wayner waynick wayt wayua wead weakland weakley weaks weare wease weast weatherall weatherbee weatherby
weatherford weatherhead weatherholt weatherholtz weatherly weathersbee weathersby weatherspoon weatherwax webb webber
weber webre webster wechsler wechuli wecker weckerly weddel weddell wedderburn weddington weddle wedekind wedeking
wedel wedell wedemeyer wedgeworth weech weeden weedman weedon weege weekes weekley weeman weemes weems weese weesner
weever wegener weger weglarz wegleitner wegman wegmann wegner wegrzyn wehe wehling wehmeyer wehner wehr wehrenberg
wehrheim wehrle wehrli wehrman wehrsig wehunt weiand weibel weible weich weichbrodt weichel weichman weick weide
weideman weidemann weidenbach weider weidler weidman weidmann weidner weier weigand weigel weigelt weightman weigl
weigle weigold weihe weihl weikel weikle weil weiland weilbacher weiler weiman weimar weimer wein weinberg weinberger
weiner weinert weinfeld weingard weingart weingarten weingartner weinheimer weinhold weininger weinkauf weinman
weinmann weinreb weinrich weinstein weinstock weintraub weipert weirich weirick weis weisberg weisbrod weise weisel
weisenberger weisenborn weisenburger weiser weisgarber weisgerber weishaar weishaupt weisinger weiskopf weisman weisner
weiss weissberg weissenborn weisser weissinger weissman weist weisz weitz weitzel weitzman weitzner welborn welcher
welden weldin weldy welk welke welker wellard wellborn welle wellen weller welles welliver wellman wellner wellons
welner welp welsch welte welton welty weltz welz wemmer wempe wemple wencl wende wendel wendelken wender wendland
wendlandt wendler wendling wendorf wendroth wendt wene weng wenger wengerd wengert wengler wenig wenke wenker wenner
wenning wenninger wenrich wenrick wensel wenstrom wente wenthold wentland wentling wentworth wentz wentzel wentzell
wenz wenzel wenzl weppler werkheiser werle werley werling wernert wernick wernimont wert wertenberger werth wertheim
wertheimer wertman werts wertz weru wesby wesch wescott wesely wesemann wesner wesolowska wesolowski wess wessel
wessell wessells wessels wessinger wessling wessman wessner wesson westaby westberg westberry westbrook westbrooks
westbury westby westcoat westcott westendorf wester westerberg westerfield westergard westerling westerlund westerman
westervelt westfall westfield westgate westhoff westin westlake westley westling westlund westman westmark westmeyer
westmoreland westover westpfahl westphal westra westray westrich westrick westrope westry westwood wetherbee wetherby
wetherell wetherill wetherington wethington wetmore wettstein wetz wetzel wetzler wever wexler wey weyand weyandt
weyant weyer weyers weymouth weyrauch weyrick whalen whaley whalley whang wharton whary whatley wheadon wheary wheatley
wheaton whedbee whedon wheeless wheelis wheelock wheelus whelan whelchel whelehan wheless wheller whelpley wherley
wherry whetsel whetsell whetstine whetzel whichard whicker whidbee whidby whidden whiddon whigham whiley whinery
whipkey whipple whipps whisby whisenand whisenant whisenhunt whisler whisman whisnant whisner whisonant whitacre
whitaker whitbeck whitbread whitby whitcher whitchurch whitcomb whitcraft whiteaker whitebird whitecotton whited
whitefield whiteford whitegoat whitehair whitehall whitehead whitehill whitehorn whitehouse whitehurst whiteis whitelaw
whiteley whitelock whitelow whitely whiteman whitenack whiters whitesel whitesell whiteside whitesides whitfield
whitford whitham whitherspoon whitis whitker whitlatch whitledge whitling whitlock whitlow whitman whitmarsh whitmer
whitmire whitmore whitner whitrock whitsel whitsell whitsett whitsitt whitson whitt whittaker whitted whittemore
whitten whittenberg whittenburg whittenton whitter whittet whittier whitting whittingham whittington whittlesey
whittmore whitton whitty whitwell whitworth whobrey whorley whorton whyte wiacek wiafe wiant wiater wiatrek wiberg
wible wice wichert wichman wichmann wicke wickell wickenhauser wickens wickersham wickert wickes wickham wickkiser
wickland wickliff wickliffe wickline wicklund wickman wickstrom wickware wickwire widdowson widell wideman widener
widger widick widman widmann widmer widner widrick wiebe wieberg wiebold wiebusch wiechman wiechmann wieck wieczorek
wiedeman wiedemann wiedenheft wieder wiederhold wiederstein wiedmaier wiedman wiedyk wiegand wiegmann wieland wiemann
wiemer wien wieneke wienke wiens wier wierenga wierman wiers wiersma wierzbicka wierzbicki wiese wieseler wiesen wieser
wiesner wiest wiford wigfall wigfield wigg wigger wiggers wiggin wiggins wigginton wigglesworth wiggs wightman
wigington wiginton wigley wigton wike wikel wiker wikle wikoff wiland wilbanks wilbon wilborn wilbourn wilbourne
wilcher wilcox wilcoxen wilcoxon wilcoxson wilczynska wilczynski wilde wilden wilderman wildermuth wildes wildey
wilding wildman wildner wildrick wildt wilemon wilensky wiler wilfong wilgus wilham wilhelm wilhelmi wilhelms
wilhelmsen wilhide wilhite wilhoit wilhoite wiliams wilk wilke wilken wilkening wilkens wilkenson wilker wilkerson
wilkes wilkey wilkie wilkin wilkins wilkinson wilkison wilkos wilkosz wilks willaert willaims willams willbanks willcox
willcutt wille willeford willems willemsen willer willert willes willet willett willetts willey willford willhite
willhoite williamsen williamson willians williard willibrand willick williford willilams willimas willingham willison
williston willits willman willmarth willmon willmore willmott willms willner willoughby willsey willson willyard
wilmarth wilmes wilmeth wilmont wilmore wilmot wilmoth wilmouth wilner wilridge wilsey wilshire wiltbank wiltfong
wiltrout wiltse wiltshire wiltsie wiltz wimberley wimberly wimbish wimbley wimbush wimer wimett wimmer wims wimsatt
winans winberg winberry winborn winborne winburn winbush winchell winchenbach winchester windell winder winders windes
windham windholz windisch windish windle windley windom windon windsor windus winebarger winebrenner winegar winegarden
winegardner wineinger wineland wineman winemiller winer winesett winfield winfree winfrey wingard wingate winge
wingenter wingerd wingert wingerter winget wingett wingfield wingham wingler wingo wingrove winiarska winiarski winick
winiecka winiecki wininger winkel winkelman winkelmann winkels winker winkfield winkle winkleman winkler winkles
winkowska winkowski winland winn winne winnett winnike winningham winokur winrow winsett winship winska winski winslett
winsley winslow winson winsor winstanley winstead wint winterhalter winterrowd wintersteen winther winthrop wintle
winton wintz winward winzer wipf wireman wiren wirick wironen wirsing wirt wirta wirtanen wirth wirtz wischmeier
wiscount wisecarver wisecup wisehart wiseley wisell wiseman wisener wisham wishart wishman wishon wisinska wisinski
wisler wismer wisner wisneska wisneski wisnieska wisnieski wisniewska wisniewski wison wisse wisser wissing wissink
wissler wissman wissmann wiste wiswell witchard witcher witcraft witek witfield witham withee withem witherell
witherington witherite witherow witherspoon withey withington withrow witkop witkowska witkowski witman witmer witry
witt witte witten wittenberg wittenmyer witter witters wittich wittie wittig wittler wittman wittmann wittmer wittner
wittrock witts wittstock wittwer witwer witzel witzke wix wixom wixon wixson wixted wlodarczyk wms wnek wnuk wobig
woelfel woerner woessner wofford wogan wohl wohlenhaus wohlers wohlford wohlgemuth wohlwend wojciak wojcicka wojcicki
wojciechowska wojciechowski wojcik wojick wojnar wojtczak wojtkowska wojtkowski wojtowicz wolak wolanin wolanska
wolanski wolaver wolbert wolchesky wolcott wold wolden woldt wolery wolfe wolfenbarger wolfenden wolfer wolff wolfgang
wolfgram wolfinbarger wolfinger wolfley wolford wolfrom wolfrum wolfson wolin wolk wolken woll wollam wollard wollen
wollenberg wollman wollner wollschlager wolnik woloszyn wolpert wolsey wolska wolske wolski wolter wolters woltjer
woltman woltz wolverton womac womack wombacher womer wommack wonderly wong wongus wonnacott wonser woodall woodard
woodberry woodbridge woodburn woodbury woodby wooddell woodell woodfin woodfolk woodford woodfork woodham woodhams
woodhead woodhouse woodie woodin woodington woodis woodke woodle woodlee woodley woodlock woodmansee woodridge woodring
woodroof woodruff woodrum woodside woodsmall woodson woodward woodworth woodyard woolard woolbright woolcock wooldridge
woolen woolery woolever wooley woolf woolfolk woolford woolfrey woollard woolley woolman woolridge woolsey woolston
woolum woolums woolverton woolwine woolworth woomer woon woosley wooster wooten wooters wooton wootten wootton
worcester wordell worden wordlaw wordsworth worland worley wormack worman wormley worrall worrell worsell worsham
worsley worster wortham worthen worthey worthing worthington worthley wortley wortman worton wortz wotring wotton
woulfe woullard wozniak woznicka woznicki wragg wratchford wray wrede wrenn wrightsman wrigley wrinn wrisley wriston
wrobel wrobleska wrobleski wroblewska wroblewski wrona wronska wronski wroten wrye wrynn wrzesinska wrzesinski wuensche
wuest wulf wulff wunder wunderlich wunsch wurm wurst wurster wurth wurtz wussow wyant wyble wyche wyckoff wycoff wydra
wyer wyers wygant wyke wykoff wylam wyland wyler wyles wylie wyllie wyman wymer wymore wyne wyner wynia wynkoop wynn
wynne wynter wyre wyrick wyse wysinger wysocka wysocki wysong wyss wytch xang xia xiang xie xiong yaamoa yablonska
yablonski yaccarino yackel yackley yadao yadav yaden yadon yaeger yager yagi yagle yahn yakub yale yamada yamaguchi
yamamoto yamanaka yamane yamaoka yamasaki yamashiro yamashita yamauchi yambo yancey yancy yanda yandell yanes yaney
yanez yankee yankey yann yanni yannone yanos yant yantis yao yaple yapp yarber yarberry yarborough yarbough yarbro
yarbrough yarde yardley yarger yarman yarnall yarnell yarrington yashinska yashinski yasso yasuda yates yatich yator
yatsko yau yauch yauger yawson yazzie ybanez ybarbo ybarra yeadon yeager yeagley yeakley yeaman yearby yeargain yeargan
yeargin yearout yearsley yearta yearwood yeary yeater yeates yeatman yeaton yeats yeatts yeboa yeboah yeck yedinak yego
yegon yeh yehl yeldell yelder yelle yellen yellock yellowhair yelton yelverton yelvington yeo yeomans yepes yepez yerby
yerena yerger yerian yerke yerkes yerkey yerkovich yero yerton yeske yetman yett yetter yeung yglesias yim yin yingling
yingst yirenkyi yniguez yoakum yoast yochim yochum yockers yockey yocom yocum yoder yoes yohannan yohe yohn yoho yokley
yokota yokoyama yokum yonan yonce yonker yonkers yonts yontz yoo yoon yopp yori yorke yorker yorty yorulmaz yoshida
yoshimoto yoshimura yoshioka yoshizawa yost yosten yother youd youmans younan younce younes youngberg youngblood
youngkin youngman youngquist youngren youngs younis younker younkin yount younts youree youse yousef yousif youssef
youtsey yow yowell yslas ytuarte yuan yuen yuhas yuksel yundt yunk yunker yurick yurko yust yuste yutzy yzaguirre
yzquierdo yáñez yüksel yıldırım yılmaz zabala zabaleta zabaneh zabarella zabawa zabel zabinska zabinski zable zablocka
zablocki zaborowska zaborowski zabriskie zaccagnini zaccardo zaccaria zacchia zacco zachar zacharias zacher zacherl
zachman zachry zackery zadora zadrozny zaffino zagar zager zagorska zagorski zaguri zahl zahler zahm zahn zahner
zahniser zahradnik zaino zaiser zajac zajicek zaker zakes zakrajsek zakrzewska zakrzewski zaldana zaldivar zale
zalenska zalenski zaleska zaleski zalewska zalewski zaller zaman zamarripa zamarron zambo zambrana zambrano zamengo
zamor zamora zamorani zamorano zampa zampedri zamudio zamzow zanazzo zanchez zanchi zander zanders zanella zang zangari
zaniboni zanichelli zank zanotti zanzi zapalac zapanta zapata zapien zappa zappala zappia zappone zappulla zaragosa
zaragoza zarate zarazua zarco zarcone zaremba zarlino zarr zarrella zarro zartman zarzycka zarzycki zastrow zauala
zaucha zaugg zauner zavala zavaleta zavalza zavodny zawacka zawacki zawadi zawislak zayac zayas zazueta zboral zdenek
zea zebrowska zebrowski zecca zecchini zech zeches zechman zeck zediker zee zeff zeffirelli zeh zehnder zehner zehr
zeiders zeiger zeigler zeiler zeiss zeitler zeitz zelada zelaya zeldin zeledon zelenka zelinska zelinski zelinsky zell
zellars zeller zellers zellmann zellmer zellner zelman zelnick zeman zemke zemlicka zendejas zender zeng zengin zenk
zenner zenon zenor zent zenteno zentner zentz zenz zenzen zeoli zeolla zepeda zepp zerangue zerbe zerby zerger zeringue
zermeno zerr zertuche zervas zesati zetina zets zetticci zettler zevallos zhanel zhang zhao zheng zhong zhou zhu ziani
zichichi zick zickefoose zieba ziebarth ziebell zieg ziegler ziel zielinska zielinski zielke zieman ziemann ziemba
ziemer zientek zier ziff ziglar zigler zike zill ziller zilnicka zilnicki zima zimbelman ziminska ziminski zimmer
zimmerer zimmerle zimmerman zimmermann zinck zinda zingale zingaro zingg zingone zink zinke zinn zinner zinno zins
ziolkowska ziolkowski zion zipfel zipp zipperer zirbel zirk zirkind zirkle ziro zito ziv zizzo zobel zoch zody zoeller
zoellner zogg zoglmann zohn zoll zollars zoller zollicoffer zollinger zollman zollner zook zoppetti zoppetto zordan
zorilla zorlu zorn zornes zorrilla zortman zubek zuber zubia zubke zuccaro zucco zucconi zuch zuchowska zuchowski zuck
zucker zuckerman zuehlke zuehlsdorff zuelke zuercher zufall zufelt zuhlke zuidema zuk zukowska zukowski zulauf zullo
zuluaga zummo zumpano zumstein zumwalt zundel zuniga zupan zurawska zurawski zurcher zurek zurich zurita zurn zutell
zuvich zwagerman zwart zweifel zweig zwick zwicker zwiebel zwilling zwolinska zwolinski zych zygmont zylstra zynda zysk
ádhaimh ághas águila álamo álvarez ánusaigh átha ávila çamurcuoğlu çetin çorlu éanaigh éil énrí íomhair íosa íosóg
óbroinín óda ógáin öcalan úgó ülker şafak şama şener şensoy
""".split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
