// Fake customers: common Chinese names and mobile numbers of the period. No real person's data.
import type { Random } from './random.js';

// Every name character is one code point, so splitting the strings by code point gives the characters.
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁沈任姚卢钟姜崔谭陆汪范廖石金贾夏韦方邹熊白孟秦邱江尹薛段雷黎侯龙史陶贺顾毛郝龚邵万覃武钱戴严莫孔汤',
);
const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力晓斌燕鹏宇浩凯志海波丹琳雪梅宁健国庆春林峰云俊晨欣怡嘉慧颖婷',
);
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '186',
  '188',
  '189',
];

export interface Customer {
  name: string;
  phone: string;
}

export function fakeCustomer(random: Random): Customer {
  const given = random.pick(GIVEN) + (random.chance(0.7) ? random.pick(GIVEN) : '');
  let phone = random.pick(MOBILE_PREFIXES);
  for (let i = 0; i < 8; i++) phone += String(random.int(0, 9));
  return { name: random.pick(SURNAMES) + given, phone };
}
