// Names of the demo organisation: the 31 provincial branches and the 5 separately planned cities
// (计划单列市), each with its prefecture-level cities — or, for municipalities and planned cities,
// its districts — as CITY units. Real names, so that a user recognises the tree; Guangzhou is not
// here: it is built apart (units.ts), because it moves in 2011.

/** [code, Chinese name, English name, cities as `中文名 English name` separated by `;`] */
export type ProvinceNames = readonly [code: string, nameZh: string, nameEn: string, cities: string];

export const PROVINCE_NAMES: readonly ProvinceNames[] = [
  [
    'BJ',
    '北京市分公司',
    'Beijing Branch',
    '东城区 Dongcheng District;西城区 Xicheng District;朝阳区 Chaoyang District;海淀区 Haidian District;丰台区 Fengtai District;石景山区 Shijingshan District;通州区 Tongzhou District;顺义区 Shunyi District;昌平区 Changping District;大兴区 Daxing District',
  ],
  [
    'TJ',
    '天津市分公司',
    'Tianjin Branch',
    '和平区 Heping District;河西区 Hexi District;南开区 Nankai District;河北区 Hebei District;红桥区 Hongqiao District;东丽区 Dongli District;西青区 Xiqing District;津南区 Jinnan District;北辰区 Beichen District;滨海新区 Binhai New Area',
  ],
  [
    'HE',
    '河北省分公司',
    'Hebei Branch',
    '石家庄市 Shijiazhuang;唐山市 Tangshan;秦皇岛市 Qinhuangdao;邯郸市 Handan;邢台市 Xingtai;保定市 Baoding;张家口市 Zhangjiakou;承德市 Chengde;沧州市 Cangzhou;廊坊市 Langfang;衡水市 Hengshui',
  ],
  [
    'SX',
    '山西省分公司',
    'Shanxi Branch',
    '太原市 Taiyuan;大同市 Datong;阳泉市 Yangquan;长治市 Changzhi;晋城市 Jincheng;朔州市 Shuozhou;晋中市 Jinzhong;运城市 Yuncheng;忻州市 Xinzhou;临汾市 Linfen;吕梁市 Lvliang',
  ],
  [
    'NM',
    '内蒙古分公司',
    'Inner Mongolia Branch',
    '呼和浩特市 Hohhot;包头市 Baotou;乌海市 Wuhai;赤峰市 Chifeng;通辽市 Tongliao;鄂尔多斯市 Ordos;呼伦贝尔市 Hulunbuir;巴彦淖尔市 Bayannur;乌兰察布市 Ulanqab;锡林郭勒盟 Xilingol League',
  ],
  [
    'LN',
    '辽宁省分公司',
    'Liaoning Branch',
    '沈阳市 Shenyang;鞍山市 Anshan;抚顺市 Fushun;本溪市 Benxi;丹东市 Dandong;锦州市 Jinzhou;营口市 Yingkou;阜新市 Fuxin;辽阳市 Liaoyang;盘锦市 Panjin;铁岭市 Tieling',
  ],
  [
    'JL',
    '吉林省分公司',
    'Jilin Branch',
    '长春市 Changchun;吉林市 Jilin City;四平市 Siping;辽源市 Liaoyuan;通化市 Tonghua;白山市 Baishan;松原市 Songyuan;白城市 Baicheng;延边州 Yanbian Prefecture',
  ],
  [
    'HL',
    '黑龙江省分公司',
    'Heilongjiang Branch',
    '哈尔滨市 Harbin;齐齐哈尔市 Qiqihar;鸡西市 Jixi;鹤岗市 Hegang;双鸭山市 Shuangyashan;大庆市 Daqing;伊春市 Yichun;佳木斯市 Jiamusi;七台河市 Qitaihe;牡丹江市 Mudanjiang;绥化市 Suihua',
  ],
  [
    'SH',
    '上海市分公司',
    'Shanghai Branch',
    '黄浦区 Huangpu District;徐汇区 Xuhui District;长宁区 Changning District;静安区 Jingan District;普陀区 Putuo District;虹口区 Hongkou District;杨浦区 Yangpu District;闵行区 Minhang District;宝山区 Baoshan District;浦东新区 Pudong New Area',
  ],
  [
    'JS',
    '江苏省分公司',
    'Jiangsu Branch',
    '南京市 Nanjing;无锡市 Wuxi;徐州市 Xuzhou;常州市 Changzhou;苏州市 Suzhou;南通市 Nantong;连云港市 Lianyungang;淮安市 Huaian;盐城市 Yancheng;扬州市 Yangzhou;镇江市 Zhenjiang;泰州市 Taizhou',
  ],
  [
    'ZJ',
    '浙江省分公司',
    'Zhejiang Branch',
    '杭州市 Hangzhou;温州市 Wenzhou;嘉兴市 Jiaxing;湖州市 Huzhou;绍兴市 Shaoxing;金华市 Jinhua;衢州市 Quzhou;舟山市 Zhoushan;台州市 Taizhou;丽水市 Lishui',
  ],
  [
    'AH',
    '安徽省分公司',
    'Anhui Branch',
    '合肥市 Hefei;芜湖市 Wuhu;蚌埠市 Bengbu;淮南市 Huainan;马鞍山市 Maanshan;淮北市 Huaibei;铜陵市 Tongling;安庆市 Anqing;黄山市 Huangshan;滁州市 Chuzhou;阜阳市 Fuyang',
  ],
  [
    'FJ',
    '福建省分公司',
    'Fujian Branch',
    '福州市 Fuzhou;莆田市 Putian;三明市 Sanming;泉州市 Quanzhou;漳州市 Zhangzhou;南平市 Nanping;龙岩市 Longyan;宁德市 Ningde',
  ],
  [
    'JX',
    '江西省分公司',
    'Jiangxi Branch',
    '南昌市 Nanchang;景德镇市 Jingdezhen;萍乡市 Pingxiang;九江市 Jiujiang;新余市 Xinyu;鹰潭市 Yingtan;赣州市 Ganzhou;吉安市 Jian;宜春市 Yichun;抚州市 Fuzhou;上饶市 Shangrao',
  ],
  [
    'SD',
    '山东省分公司',
    'Shandong Branch',
    '济南市 Jinan;淄博市 Zibo;枣庄市 Zaozhuang;东营市 Dongying;烟台市 Yantai;潍坊市 Weifang;济宁市 Jining;泰安市 Taian;威海市 Weihai;日照市 Rizhao;临沂市 Linyi',
  ],
  [
    'HA',
    '河南省分公司',
    'Henan Branch',
    '郑州市 Zhengzhou;开封市 Kaifeng;洛阳市 Luoyang;平顶山市 Pingdingshan;安阳市 Anyang;新乡市 Xinxiang;焦作市 Jiaozuo;许昌市 Xuchang;南阳市 Nanyang;商丘市 Shangqiu;信阳市 Xinyang',
  ],
  [
    'HB',
    '湖北省分公司',
    'Hubei Branch',
    '武汉市 Wuhan;黄石市 Huangshi;十堰市 Shiyan;宜昌市 Yichang;襄阳市 Xiangyang;鄂州市 Ezhou;荆门市 Jingmen;孝感市 Xiaogan;荆州市 Jingzhou;黄冈市 Huanggang',
  ],
  [
    'HN',
    '湖南省分公司',
    'Hunan Branch',
    '长沙市 Changsha;株洲市 Zhuzhou;湘潭市 Xiangtan;衡阳市 Hengyang;邵阳市 Shaoyang;岳阳市 Yueyang;常德市 Changde;张家界市 Zhangjiajie;益阳市 Yiyang;郴州市 Chenzhou;永州市 Yongzhou',
  ],
  [
    'GD',
    '广东省分公司',
    'Guangdong Branch',
    '佛山市 Foshan;东莞市 Dongguan;珠海市 Zhuhai;汕头市 Shantou;惠州市 Huizhou;中山市 Zhongshan;江门市 Jiangmen;湛江市 Zhanjiang;茂名市 Maoming;肇庆市 Zhaoqing',
  ],
  [
    'GX',
    '广西分公司',
    'Guangxi Branch',
    '南宁市 Nanning;柳州市 Liuzhou;桂林市 Guilin;梧州市 Wuzhou;北海市 Beihai;防城港市 Fangchenggang;钦州市 Qinzhou;贵港市 Guigang;玉林市 Yulin;百色市 Baise',
  ],
  [
    'HI',
    '海南省分公司',
    'Hainan Branch',
    '海口市 Haikou;三亚市 Sanya;儋州市 Danzhou;琼海市 Qionghai;文昌市 Wenchang;万宁市 Wanning;东方市 Dongfang;五指山市 Wuzhishan',
  ],
  [
    'CQ',
    '重庆市分公司',
    'Chongqing Branch',
    '渝中区 Yuzhong District;江北区 Jiangbei District;沙坪坝区 Shapingba District;九龙坡区 Jiulongpo District;南岸区 Nanan District;渝北区 Yubei District;巴南区 Banan District;万州区 Wanzhou District;涪陵区 Fuling District;永川区 Yongchuan District',
  ],
  [
    'SC',
    '四川省分公司',
    'Sichuan Branch',
    '成都市 Chengdu;自贡市 Zigong;攀枝花市 Panzhihua;泸州市 Luzhou;德阳市 Deyang;绵阳市 Mianyang;广元市 Guangyuan;遂宁市 Suining;内江市 Neijiang;乐山市 Leshan;南充市 Nanchong;宜宾市 Yibin',
  ],
  [
    'GUI',
    '贵州省分公司',
    'Guizhou Branch',
    '贵阳市 Guiyang;六盘水市 Liupanshui;遵义市 Zunyi;安顺市 Anshun;毕节市 Bijie;铜仁市 Tongren;黔东南州 Qiandongnan Prefecture;黔南州 Qiannan Prefecture;黔西南州 Qianxinan Prefecture',
  ],
  [
    'YN',
    '云南省分公司',
    'Yunnan Branch',
    '昆明市 Kunming;曲靖市 Qujing;玉溪市 Yuxi;保山市 Baoshan;昭通市 Zhaotong;丽江市 Lijiang;普洱市 Puer;临沧市 Lincang;大理州 Dali Prefecture;红河州 Honghe Prefecture',
  ],
  [
    'XZ',
    '西藏分公司',
    'Tibet Branch',
    '拉萨市 Lhasa;日喀则地区 Shigatse;昌都地区 Qamdo;林芝地区 Nyingchi;山南地区 Shannan;那曲地区 Nagqu;阿里地区 Ngari',
  ],
  [
    'SN',
    '陕西省分公司',
    'Shaanxi Branch',
    '西安市 Xian;铜川市 Tongchuan;宝鸡市 Baoji;咸阳市 Xianyang;渭南市 Weinan;延安市 Yanan;汉中市 Hanzhong;榆林市 Yulin;安康市 Ankang;商洛市 Shangluo',
  ],
  [
    'GS',
    '甘肃省分公司',
    'Gansu Branch',
    '兰州市 Lanzhou;嘉峪关市 Jiayuguan;金昌市 Jinchang;白银市 Baiyin;天水市 Tianshui;武威市 Wuwei;张掖市 Zhangye;平凉市 Pingliang;酒泉市 Jiuquan;庆阳市 Qingyang',
  ],
  [
    'QH',
    '青海省分公司',
    'Qinghai Branch',
    '西宁市 Xining;海东地区 Haidong;海北州 Haibei Prefecture;黄南州 Huangnan Prefecture;海南州 Hainan Prefecture;果洛州 Golog Prefecture;玉树州 Yushu Prefecture;海西州 Haixi Prefecture',
  ],
  [
    'NX',
    '宁夏分公司',
    'Ningxia Branch',
    '银川市 Yinchuan;石嘴山市 Shizuishan;吴忠市 Wuzhong;固原市 Guyuan;中卫市 Zhongwei;灵武市 Lingwu;青铜峡市 Qingtongxia',
  ],
  [
    'XJ',
    '新疆分公司',
    'Xinjiang Branch',
    '乌鲁木齐市 Urumqi;克拉玛依市 Karamay;吐鲁番地区 Turpan;哈密地区 Hami;昌吉州 Changji Prefecture;伊犁州 Ili Prefecture;阿克苏地区 Aksu;喀什地区 Kashgar;和田地区 Hotan;巴音郭楞州 Bayingolin Prefecture;石河子市 Shihezi',
  ],
  [
    'DL',
    '大连市分公司',
    'Dalian Branch',
    '中山区 Zhongshan District;西岗区 Xigang District;沙河口区 Shahekou District;甘井子区 Ganjingzi District;旅顺口区 Lushunkou District;金州区 Jinzhou District;瓦房店市 Wafangdian;普兰店市 Pulandian;庄河市 Zhuanghe;长海县 Changhai County',
  ],
  [
    'QD',
    '青岛市分公司',
    'Qingdao Branch',
    '市南区 Shinan District;市北区 Shibei District;李沧区 Licang District;崂山区 Laoshan District;黄岛区 Huangdao District;城阳区 Chengyang District;胶州市 Jiaozhou;即墨市 Jimo;平度市 Pingdu;莱西市 Laixi',
  ],
  [
    'NB',
    '宁波市分公司',
    'Ningbo Branch',
    '海曙区 Haishu District;江东区 Jiangdong District;江北区 Jiangbei District;北仑区 Beilun District;镇海区 Zhenhai District;鄞州区 Yinzhou District;余姚市 Yuyao;慈溪市 Cixi;奉化市 Fenghua;象山县 Xiangshan County;宁海县 Ninghai County',
  ],
  [
    'XM',
    '厦门市分公司',
    'Xiamen Branch',
    '思明区 Siming District;湖里区 Huli District;集美区 Jimei District;海沧区 Haicang District;同安区 Tongan District;翔安区 Xiangan District',
  ],
  [
    'SZ',
    '深圳市分公司',
    'Shenzhen Branch',
    '福田区 Futian District;罗湖区 Luohu District;南山区 Nanshan District;盐田区 Yantian District;宝安区 Baoan District;龙岗区 Longgang District;光明新区 Guangming New Area;坪山新区 Pingshan New Area;龙华新区 Longhua New Area;大鹏新区 Dapeng New Area',
  ],
];

/** Guangzhou's district sub-branches (区支公司): COUNTY units under GZ, which move with it in 2011. */
export const GZ_DISTRICT_NAMES =
  '越秀 Yuexiu;海珠 Haizhu;荔湾 Liwan;天河 Tianhe;白云 Baiyun;黄埔 Huangpu;番禺 Panyu;花都 Huadu;南沙 Nansha;萝岗 Luogang;增城 Zengcheng;从化 Conghua';

/** The sub-branches a city has, in this order; each city has the first two to four. */
export const COUNTY_SUFFIXES: readonly (readonly [zh: string, en: string])[] = [
  ['城区支公司', 'Urban Sub-branch'],
  ['营业部', 'Sales Office'],
  ['开发区支公司', 'Development Zone Sub-branch'],
  ['新区支公司', 'New Area Sub-branch'],
];
