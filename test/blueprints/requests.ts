// Realistic requests as a customer-service centre hears them, each in Chinese and in English,
// with what the default ruleset must decide. The descriptions are how people talk, not keywords.
type Facts = Record<string, string | number | boolean>;

export interface Request {
  name: string;
  facts: Facts;
  zh: string;
  en: string;
  expect: { class: 'general' | 'special' | 'emergency'; blueprint: string; team: string; priority?: string; clean?: string };
}

const r = (name: string, facts: Facts, zh: string, en: string, expect: Request['expect']): Request => ({ name, facts, zh, en, expect });
const E = (blueprint: string, team: string, priority = 'urgent') => ({ class: 'emergency' as const, blueprint, team, priority });
const S = (blueprint: string, team: string, extra: Partial<Request['expect']> = {}) => ({ class: 'special' as const, blueprint, team, ...extra });
const G = (blueprint: string, team: string, extra: Partial<Request['expect']> = {}) => ({ class: 'general' as const, blueprint, team, ...extra });

export const REQUESTS: Request[] = [
  // Emergencies: they win over everything else.
  r('people trapped, flag set', { type: 'lift', peopleTrapped: true, location: 'lift' }, '3号楼电梯停在两层之间，里面有两个人', 'Lift in block 3 stopped between floors with two people inside', E('lift-entrapment', 'security')),
  r('trapped, from the words only', { type: 'lift' }, '我被困在电梯里了，快来人', 'I am trapped in the lift, please hurry', E('lift-entrapment', 'security')),
  r('child stuck in a lift', { channel: 'phone' }, '孩子被困电梯，按警铃没人应', 'My child is stuck in the lift and nobody answers the alarm', E('lift-entrapment', 'security')),
  r('trapped in a lift of an important customer', { peopleTrapped: true, customerSegment: 'important' }, '业主反映电梯困人', 'Owner reports people trapped in a lift', E('lift-entrapment', 'security')),
  r('trapped while also complaining', { type: 'complaint', peopleTrapped: true }, '投诉电梯老坏，现在又困人了', 'Complaint: the lift breaks all the time and now people are trapped', E('lift-entrapment', 'security')),
  r('burst pipe in the stairwell', { type: 'repair', waterFlowing: true, location: 'fire_stairs' }, '楼梯间水管爆了，水一直往下流', 'A pipe burst in the stairwell and water keeps running down', E('water-leak', 'engineering')),
  r('leak inside a home beats special', { type: 'repair', inHome: true, paidService: true, waterFlowing: true }, '家里厨房水管爆裂，地板全湿了', 'The kitchen pipe in my flat burst and the floor is soaked', E('water-leak', 'engineering')),
  r('burst pipe inside a home, words only', { type: 'repair', inHome: true }, '卫生间水管爆裂，水一直往外冒', 'The bathroom pipe burst and water keeps gushing out', E('water-leak', 'engineering')),
  r('flooded car park', { location: 'car_park' }, '地下车库跑水了，车都快被水淹了', 'The underground car park is flooding, cars are about to be flooded', E('water-leak', 'engineering')),
  r('leak reported as a type', { type: 'leak', location: 'lobby' }, '大堂有水从天花板流下来', 'Water is coming down from the lobby ceiling', E('water-leak', 'engineering')),
  r('complaint about a leak still flowing', { type: 'complaint', waterFlowing: true }, '投诉楼上跑水到现在没人管', 'Complaint: the flat above is leaking and nobody has come', E('water-leak', 'engineering')),
  r('leak during paid moving', { type: 'moving', paidService: true, waterFlowing: true }, '搬家公司碰坏水管，正在跑水', 'The movers broke a pipe and water is running', E('water-leak', 'engineering')),
  r('old stain, water stopped', { type: 'repair', inHome: true, waterFlowing: false }, '卧室天花板有旧水渍，已经不漏水了，想修补', 'An old water stain on my bedroom ceiling, no longer leaking; please repair it', S('in-home-repair', 'engineering')),
  r('fire in a block', { channel: 'phone' }, '5栋12楼着火了，楼道里全是烟', 'Block 5 is on fire on floor 12 and the corridor is full of smoke', E('security-incident', 'security')),
  r('fight at the gate', { type: 'security' }, '小区门口有人打架，有人受伤了', 'People are fighting at the main gate and someone is hurt', E('security-incident', 'security')),
  r('break-in', { inHome: true }, '我家被撬门入室盗窃了', 'My flat has been broken into by a burglar', E('security-incident', 'security')),
  r('incident flagged by intake', { type: 'security', majorIncident: true }, '地下车库有可疑人员拿着刀', 'A suspicious man with a weapon in the car park', E('security-incident', 'security')),
  r('natural disaster', {}, '台风把小区的大树刮倒了，压住了车', 'The typhoon blew a big tree down onto cars in the estate', E('security-incident', 'security')),
  // Not emergencies: a drip is a repair; a routine security matter is general.
  r('dripping tap at home', { inHome: true }, '厨房水龙头漏水，一直在滴', 'The kitchen tap is leaking and keeps dripping', S('in-home-repair', 'engineering')),
  r('dripping tap in the clubhouse', { type: 'repair', location: 'activity_area' }, '会所洗手间水龙头漏水', 'The tap in the clubhouse toilet is leaking', G('shared-repair', 'engineering')),
  r('visitor reception question', { type: 'security' }, '有访客要来，门岗怎么登记', 'A visitor is coming; how does the gate register them', G('security-request', 'security')),
  r('car blocking the way', {}, '楼下有车乱停，挡住了通道', 'A car is parked in the driveway and blocks the way', G('security-request', 'security')),
  r('parking complaint', { type: 'security' }, '有车长期占用我的车位，我要投诉', 'Someone keeps taking my parking space; I want to complain', G('complaint', 'customer_service', { priority: 'high' })),
  // Complaints.
  r('complaint about a late repair', { type: 'complaint', channel: 'phone' }, '报修三天了还没人来修，我要投诉', 'I reported a repair three days ago and nobody came; I want to complain', G('complaint', 'customer_service', { priority: 'high' })),
  r('complaint about a late in-home repair', { inHome: true, type: 'repair' }, '投诉：家里热水器维修约了两次都没来', 'Complaint: the boiler repair in my flat was booked twice and nobody came', G('complaint', 'customer_service', { priority: 'high' })),
  r('complaint about a rude guard', { type: 'complaint', channel: 'front_desk' }, '门岗保安态度差，对访客大声呵斥', 'The gate guard was rude and shouted at my visitor', G('complaint', 'customer_service', { priority: 'high' })),
  r('complaint by letter about noise', { type: 'complaint', channel: 'letter' }, '来信反映楼下商铺夜间噪音扰民', 'Letter about night-time noise from the shop downstairs', G('complaint', 'customer_service', { priority: 'high' })),
  r('complaint heard by a cleaner', { channel: 'staff' }, '业主向保洁员投诉垃圾清运不及时', 'An owner complained to a cleaner that rubbish is not collected in time', G('complaint', 'customer_service', { priority: 'high' })),
  r('complaint about dirty lobby', { type: 'cleaning', location: 'lobby' }, '大堂太脏了，我要投诉物业', 'The lobby is filthy; I want to make a complaint about management', G('complaint', 'customer_service', { priority: 'high' })),
  r('greening complaint', { type: 'greening' }, '投诉小区绿化几个月没修剪，杂草丛生', 'Complaint: the estate gardens have not been trimmed for months', G('complaint', 'customer_service', { priority: 'high' })),
  r('complaint by an important customer', { type: 'complaint', customerSegment: 'important' }, '维修人员上门没穿鞋套，我要投诉', 'The engineer came in without shoe covers; I want to complain', G('complaint', 'customer_service', { priority: 'urgent' })),
  r('third complaint goes to quality', { type: 'complaint', previousComplaints: 3 }, '同一问题已经投诉第三次了', 'This is my third complaint about the same problem', G('complaint', 'quality', { priority: 'urgent' })),
  // Special services.
  r('paid cleaning at the main gate', { type: 'cleaning', location: 'main_gate', paidService: true }, '商户付费请人清洗大门口的广告牌', 'A shop pays for the sign at the main gate to be washed', S('special-service', 'supplier')),
  r('indoor cleaning', { type: 'cleaning', inHome: true }, '想预约室内保洁，周六上午', 'I would like to book an indoor deep clean for Saturday morning', S('special-service', 'supplier')),
  r('moving house', { type: 'moving', inHome: true }, '下周搬家，需要推荐搬家公司', 'Moving house next week, need movers', S('special-service', 'supplier')),
  r('household pest control', { type: 'pest_control', inHome: true }, '家里有蟑螂，想做一次灭蟑', 'Cockroaches in my flat, I want pest control', S('special-service', 'supplier')),
  r('garden upkeep for a villa', { type: 'greening', inHome: true, paidService: true }, '别墅花园需要修剪养护', 'My villa garden needs pruning and upkeep', S('special-service', 'greening')),
  r('balcony plants', { type: 'greening' }, '阳台绿植请绿化师傅上门打理', 'Please send a gardener to look after my balcony plants', S('special-service', 'greening')),
  r('paid service by words', { paidService: true }, '想请家政阿姨每周来两次', 'I want a housekeeper twice a week', S('special-service', 'supplier')),
  r('in-home tap repair', { type: 'repair', inHome: true }, '厨房水龙头坏了，关不紧', 'The kitchen tap is broken and will not close', S('in-home-repair', 'engineering')),
  r('in-home electrics', { type: 'repair', inHome: true, customerSegment: 'important' }, '家里插座不通电，请派人修理', 'The sockets in my flat have no power, please send someone to fix them', S('in-home-repair', 'engineering', { priority: 'high' })),
  r('in-home door lock', { inHome: true }, '入户门锁坏了，请上门维修', 'The front-door lock of my flat is broken, please repair it', S('in-home-repair', 'engineering')),
  r('commercial tenant air-con', { type: 'repair', inHome: true, customerSegment: 'commercial' }, '商铺内空调坏了，需要维修', 'The air conditioning inside our shop is broken and needs repair', S('in-home-repair', 'engineering')),
  // Common-area cleaning, with the location table of domain.md.
  r('litter at the main gate', { type: 'cleaning', location: 'main_gate' }, '小区大门口有一堆垃圾', 'A pile of rubbish at the main gate', G('common-area-cleaning', 'cleaning', { clean: 'PT5M' })),
  r('lobby floor', { type: 'cleaning', location: 'lobby' }, '大堂地面有饮料洒了', 'A drink spilled on the lobby floor', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('road outside block 5', { type: 'cleaning', location: 'road' }, '5栋前面道路上很多落叶', 'Lots of leaves on the road outside block 5', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('vomit in a lift', { type: 'cleaning', location: 'lift' }, '2号电梯里有人呕吐', 'Someone was sick in lift 2', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('lift hall', { type: 'cleaning', location: 'lift_hall' }, '12楼电梯厅有装修垃圾', 'Renovation debris in the 12th-floor lift hall', G('common-area-cleaning', 'cleaning', { clean: 'PT3H' })),
  r('car park', { type: 'cleaning', location: 'car_park' }, '地下车库B2有油污', 'Oil stains in car park level B2', G('common-area-cleaning', 'cleaning', { clean: 'PT3H' })),
  r('fire stairs', { type: 'cleaning', location: 'fire_stairs' }, '消防楼梯有烟头', 'Cigarette ends on the fire stairs', G('common-area-cleaning', 'cleaning', { clean: 'P1D' })),
  r('full litter bin', { type: 'cleaning', location: 'bins' }, '楼下垃圾桶满了没人倒', 'The litter bin downstairs is full', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('bins not yet two-thirds full', { type: 'cleaning', location: 'bins', binTwoThirdsFull: false }, '垃圾房周边有异味，麻烦打扫一下', 'The refuse point smells; please clean around it', G('common-area-cleaning', 'cleaning', { clean: 'PT12H' })),
  r('bin two-thirds full by intake', { location: 'bins', binTwoThirdsFull: true }, '3栋楼下垃圾桶快满了', 'The litter bin by block 3 is nearly full', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('member asks for a clean lobby', { type: 'cleaning', location: 'lobby', customerSegment: 'member' }, '大堂地面有泥脚印', 'Muddy footprints on the lobby floor', G('common-area-cleaning', 'cleaning', { priority: 'high', clean: 'PT1H' })),
  // Keyword-only cleaning requests: no type chosen, the location table still applies.
  r('shop frontage', { location: 'shop_frontage' }, '商铺门前很脏', 'The shop frontage is dirty', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('dirty main gate, words only', { location: 'main_gate' }, '大门口很脏', 'The main gate is dirty', G('common-area-cleaning', 'cleaning', { clean: 'PT5M' })),
  r('vomit in the lobby, words only', { location: 'lobby' }, '大堂地上有人呕吐', 'Someone vomited on the lobby floor', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  r('rubbish in a lift hall, words only', { location: 'lift_hall' }, '电梯厅堆了很多垃圾', 'Lots of rubbish piled up in the lift hall', G('common-area-cleaning', 'cleaning', { clean: 'PT3H' })),
  r('cigarette ends on the fire stairs, words only', { location: 'fire_stairs' }, '消防楼梯有很多烟头', 'Cigarette ends all over the fire stairs', G('common-area-cleaning', 'cleaning', { clean: 'P1D' })),
  r('full bin, words only', { location: 'bins' }, '垃圾桶满了，溢出来了', 'The litter bin is overflowing', G('common-area-cleaning', 'cleaning', { clean: 'PT1H' })),
  // Pest control in common areas is general, for the environment (cleaning) team.
  r('rats in the car park', { type: 'pest_control', location: 'car_park' }, '地下车库老鼠很多', 'Lots of rats in the underground car park', G('common-area-cleaning', 'cleaning', { clean: 'P1D' })),
  r('cockroaches in the lobby, words only', { location: 'lobby' }, '大堂里有蟑螂', 'Cockroaches in the lobby', G('common-area-cleaning', 'cleaning', { clean: 'P1D' })),
  // Shared-part repairs and the defaults.
  r('corridor light out', { type: 'repair', location: 'lift_hall' }, '8楼走廊灯不亮了', 'The corridor light on floor 8 is not working', G('shared-repair', 'engineering')),
  r('broken gate barrier', { location: 'main_gate' }, '车库道闸坏了，抬不起来', 'The car-park barrier is broken and will not lift', G('shared-repair', 'engineering')),
  r('lift out of order, nobody inside', { type: 'lift', location: 'lift', peopleTrapped: false }, '1号电梯停运了，没有人被困', 'Lift 1 is out of service; nobody is inside', G('shared-repair', 'engineering')),
  r('playground swing', { type: 'repair', location: 'activity_area', customerSegment: 'important' }, '儿童乐园秋千坏了', 'The playground swing is broken', G('shared-repair', 'engineering', { priority: 'high' })),
  r('move-in appointment', { type: 'move_in' }, '我想预约下周办理入住', 'I would like to book my move-in for next week', G('move-in', 'customer_service')),
  r('move-in by words', {}, '新房交付了，什么时候可以收房', 'The flat is handed over; when can I move in', G('move-in', 'customer_service')),
  // Description only: what a caller says on the phone, before the desk sets any fact. Some are
  // misleading on purpose (a denial, a flat number outside a flat, a running toilet).
  r('leak through a flat ceiling, dripping', {}, '3栋1202天花板漏水，水一直往下滴', 'Flat 1202 in block 3: water is leaking through the ceiling and keeps dripping down', S('in-home-repair', 'engineering')),
  r('not a leak, plaster falling', { channel: 'phone' }, '不是漏水，是客厅墙皮掉了一大块', 'It is not a leak: a big patch of plaster fell off the living-room wall', S('in-home-repair', 'engineering')),
  r('renovation noise upstairs', { channel: 'phone' }, '楼上装修噪音太大了，中午都不停', 'The renovation upstairs is too loud, it does not stop even at lunchtime', G('security-request', 'security')),
  r('lift noise, nobody trapped', { channel: 'phone' }, '电梯有异响但没困人', 'The lift makes a strange sound but nobody is trapped', G('shared-repair', 'engineering')),
  r('strong smell of gas', { channel: 'phone' }, '煤气味很重，好像是从隔壁传出来的', 'There is a strong smell of gas, it seems to come from next door', E('security-incident', 'security')),
  r('blocked drain in a numbered flat', {}, '2栋801卫生间下水道堵了', 'The bathroom drain in flat 801 of block 2 is blocked', S('in-home-repair', 'engineering')),
  r('kitchen pipe burst at home', { channel: 'phone' }, '我家厨房水管爆了，水喷得到处都是', 'The pipe in my kitchen burst and water is spraying everywhere', E('water-leak', 'engineering')),
  r('water pouring into the car park', { channel: 'phone' }, '车库B1有积水，水还在往里灌', 'Water is pouring into car park B1 and still rising', E('water-leak', 'engineering')),
  r('old man cannot get out of the lift', { channel: 'phone' }, '电梯卡在6楼，里面有个老人出不来', 'The lift is stuck at floor 6 and an old man cannot get out of the lift', E('lift-entrapment', 'security')),
  r('fight at the gate, bleeding', { channel: 'phone' }, '大门口有人打架，已经见血了', 'Two men are in a fight at the main gate and one is bleeding', E('security-incident', 'security')),
  r('the flat next door on fire', { channel: 'phone' }, '隔壁家好像着火了，走廊里有烟', 'The flat next door seems to be on fire, there is smoke in the corridor', E('security-incident', 'security')),
  r('suspicious man at the entrance', { channel: 'phone' }, '门口有个可疑的人一直在转悠', 'A suspicious man keeps wandering around the entrance', G('security-request', 'security')),
  r('car in the fire lane', { channel: 'phone' }, '有人把车停在消防通道上了', 'Someone parked in the fire lane', G('security-request', 'security')),
  r('rubbish dumped in the corridor', { channel: 'phone' }, '楼道里有人扔了一大袋垃圾', 'Someone dumped a big bag of rubbish in the corridor', G('common-area-cleaning', 'cleaning')),
  r('bins at the entrance overflowing', { channel: 'phone' }, '小区门口的垃圾桶都满出来了', 'The bins at the estate entrance are overflowing with rubbish', G('common-area-cleaning', 'cleaning')),
  r('deep clean after renovation', { channel: 'phone' }, '家里刚装修完，想做一次开荒保洁', 'My flat has just been renovated and I want a deep clean', S('special-service', 'supplier')),
  r('cockroaches in a home kitchen', { channel: 'phone' }, '家里厨房有蟑螂，能不能上门消杀', 'There are cockroaches in my kitchen, can someone come and treat them', S('special-service', 'supplier')),
  r('rats in the car park, words only', { channel: 'phone' }, '地下车库好多老鼠', 'So many rats in the underground car park', G('common-area-cleaning', 'cleaning')),
  r('moving next month', { channel: 'phone' }, '下个月搬家，想找搬家公司', 'We move house next month and need movers', S('special-service', 'supplier')),
  r('collecting the keys', { channel: 'phone' }, '我想预约收房', 'I would like to book a time to collect my keys', G('move-in', 'customer_service')),
  r('paying the fee by WeChat', { channel: 'phone' }, '物业费能用微信交吗', 'Can I pay the management fee by WeChat', G('shared-repair', 'customer_service')),
  r('a week without a repair', { channel: 'phone' }, '报修一个礼拜了都没人来，太不像话了', 'I reported a repair a week ago and nobody has come; this is unacceptable', G('complaint', 'customer_service', { priority: 'high' })),
  r('guard rude to an old man', { channel: 'phone' }, '保安对老人说话很凶，我很不满意', 'The guard was rude to an elderly resident', G('complaint', 'customer_service', { priority: 'high' })),
  r('corridor light in block 5', { channel: 'phone' }, '5栋楼道灯不亮了', 'The corridor light in block 5 is not working', G('shared-repair', 'engineering')),
  r('flat number, but the corridor', { channel: 'phone' }, '3栋1202门口的楼道灯坏了', 'The corridor light outside flat 1202 in block 3 is broken', G('shared-repair', 'engineering')),
  r('bedroom air-con not cooling', { channel: 'phone' }, '卧室空调不制冷了', 'The air conditioner in my bedroom is not cooling', S('in-home-repair', 'engineering')),
  r('water seeping from the flat above', { channel: 'phone' }, '楼上邻居家漏水，渗到我家天花板了', 'Water from the flat above is seeping through my ceiling', S('in-home-repair', 'engineering')),
  r('tap dripping, no place said', { channel: 'phone' }, '水龙头一直滴答滴答，关不紧', 'The tap keeps dripping and will not close', G('shared-repair', 'engineering')),
  r('broken window on the fire stairs', { channel: 'phone' }, '消防楼梯的窗户玻璃碎了', 'A window pane on the fire stairs is cracked', G('shared-repair', 'engineering')),
  r('typhoon broke a balcony window', { channel: 'phone' }, '台风把我家阳台窗户吹坏了', 'The typhoon broke the window of my balcony', E('security-incident', 'security')),
  r('not trapped, lift buttons dead', { channel: 'phone' }, '不是电梯困人，是电梯按钮不灵了', 'Nobody is trapped, the lift buttons just do not respond', G('shared-repair', 'engineering')),
  r('dog mess in the lift car', { channel: 'phone' }, '电梯轿厢里有狗的便便', 'There is dog poo in the lift car', G('common-area-cleaning', 'cleaning')),
  r('neighbour dog barking', { channel: 'phone' }, '我要投诉隔壁养狗天天叫', 'I want to complain about the neighbour dog barking every day', G('complaint', 'customer_service', { priority: 'high' })),
  r('visitor at the gate', { channel: 'phone' }, '有访客来了，帮我开一下门禁', 'A visitor is here, please let them through the gate', G('security-request', 'security')),
  r('balcony plants to trim', { channel: 'phone' }, '阳台的花草想请绿化师傅来修剪', 'I would like a gardener to trim the plants on my balcony', S('special-service', 'greening')),
  r('lift door keeps opening', { channel: 'phone' }, '电梯门关不上，一直开开关关', 'The lift door will not close, it keeps opening and shutting', G('shared-repair', 'engineering')),
  r('rooftop tank overflowing down the wall', { channel: 'phone' }, '楼顶水箱溢水，水顺着外墙往下流', 'The rooftop tank overflows and water is running down the outside wall', E('water-leak', 'engineering')),
  r('running toilet at home', { channel: 'phone' }, '我家马桶坏了，一直在流水', 'The toilet in my flat is broken and keeps running', S('in-home-repair', 'engineering')),
  r('not a complaint, a parcel question', { channel: 'phone' }, '不是投诉，就是想问一下快递放哪了', 'This is not a complaint, I just want to know where my parcel was left', G('shared-repair', 'customer_service')),
  r('smoke from a lift', { channel: 'phone' }, '3号电梯有焦糊味，还在冒烟', 'Lift 3 smells of burning and smoke is coming out', E('security-incident', 'security')),
  r('a plain enquiry falls to the defaults', { type: 'enquiry' }, '请问物业费怎么交', 'How do I pay the management fee', G('shared-repair', 'customer_service', { priority: 'normal' })),
  // ---- Locations from the estate's area kinds (issue #27, derived facts): the kinds a site's common
  // areas have beyond the cleaning table. inHome: false is what intake derives from a picked area.
  r('roof leaking into the top floor', { type: 'repair', location: 'roof', inHome: false }, '顶楼屋顶漏水，下雨就滴', 'The roof over the top floor leaks whenever it rains', G('shared-repair', 'engineering')),
  r('roof drain broken, words only', { location: 'roof', inHome: false }, '屋顶排水口坏了，积了很多水', 'The roof drain is broken and water is pooling', G('shared-repair', 'engineering')),
  r('rubbish in a corridor', { type: 'cleaning', location: 'corridor', inHome: false }, '6栋18楼楼道堆了装修垃圾', 'Renovation rubbish left in the 18th-floor corridor of block 6', G('common-area-cleaning', 'cleaning', { clean: 'P1D' })),
  r('corridor light out, picked as a corridor', { type: 'repair', location: 'corridor', inHome: false }, '3栋2单元楼道灯坏了', 'The stairwell light of block 3 entrance 2 is broken', G('shared-repair', 'engineering')),
  r('fallen branch in the garden', { type: 'cleaning', location: 'garden', inHome: false }, '中心花园落叶和断枝没人清理', 'Leaves and a broken branch in the central garden nobody has cleared', G('common-area-cleaning', 'cleaning')),
  r('gate barrier picked at the gate', { type: 'repair', location: 'main_gate', inHome: false }, '小区大门道闸坏了', 'The barrier at the main gate is broken', G('shared-repair', 'engineering')),
  // ---- end of the location block
];
