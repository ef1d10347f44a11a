/**
 * Words for places outside Zhejiang that the division list alone does not settle: nationwide
 * words, and short names of other provinces' divisions that are also ordinary words.
 */

/**
 * The whole country or beyond, and regions of several provinces: a figure about them is 000000
 * (全国公安机关, 全國, 我国, 长三角地区).
 */
export const NATIONWIDE: readonly string[] = ['全国', '我国', '国内', '全球', '长三角', '珠三角', '京津冀', '粤港澳大湾区'];

/**
 * Short names of prefectures (and Taiwan's cities) that are also words: 长治 (长治久安),
 * 安康 (平安安康), 大同, 来宾 (guests), 中山 (中山路), 白银 (silver), 三明 (三明治), 北海, 日照
 * (sunshine), 阿里 (Alibaba), 开封 (to unseal), 朝阳, 四平 (四平八稳), 桃园. Like Zhejiang's
 * 江山 or 天台, they count only with a place word after them or their full name in the text.
 */
export const COMMON_WORD_PREFECTURES: ReadonlySet<string> = new Set([
  '长治', '安康', '大同', '来宾', '中山', '白银', '三明', '北海', '日照', '阿里', '开封', '朝阳', '四平', '兴安',
  '海东', '海北', '黄山', '白山', '红河', '大理', '普洱', '文山', '玉树', '山南', '和田', '中卫', '吴忠', '通化',
  '松原', '白城', '吉安', '南平', '南阳', '安阳', '宁德', '东方', '桃园', '新北', '金昌', '天门', '仙桃', '五指山',
  '三沙', '铜仁', '昌都', '林芝', '那曲', '德宏', '怒江', '迪庆', '甘南', '临夏', '定西', '果洛', '黄南', '海西',
]);

/**
 * Short names of other provinces' counties that are everyday words (公安, 合作, 同心, 南部, 资源,
 * 通道, 会同, 惠民, 解放, 前进, 新建, 江南, 光明, 安定, 共和, 平安…): they count by full name
 * only (公安县, 金山区), not even right after their city (荆州市公安机关, 宁夏同心协力), and are
 * left out of the gazetteer, so the words they are, frequent in safety news, cost nothing.
 */
export const COMMON_WORD_COUNTIES: ReadonlySet<string> = new Set([
  '公安', '合作', '同心', '南部', '资源', '通道', '会同', '惠民', '惠农', '解放', '前进', '新建', '江南', '光明',
  '安定', '共和', '平安', '和平', '大兴', '怀柔', '河东', '河西', '红旗', '东风', '新兴', '友谊', '友好', '富裕',
  '方正', '爱民', '工农', '向阳', '振兴', '宏伟', '灯塔', '元宝', '长安', '新华', '复兴', '太平', '永和', '和顺',
  '大同', '大庆', '大方', '大观', '大通', '大化', '大新', '长寿', '民权', '平和', '平原', '清新', '清水', '温泉',
  '港口', '河口', '江口', '洞口', '湖口', '商城', '上街', '老城', '古城', '山城', '水城', '天桥', '台前', '站前',
  '中原', '中山', '东海', '南海', '南山', '东山', '青山', '西山', '白云', '安居', '乐业', '康乐', '富民', '安宁',
  '永安', '同仁', '博爱', '威信', '高明', '前锋', '沿河', '金山', '宝山', '南岸', '江岸', '滨海', '北辰', '长子',
  '平定', '白玉', '新星', '白杨', '双河', '万年', '东方', '凤凰', '牡丹', '芙蓉', '莲花', '荷塘', '石门', '三江',
  '仁和', '安仁', '福田', '城厢', '湖滨', '月湖', '太湖', '湖里', '马尾', '樟树', '石狮', '桃源', '兴业', '赤壁',
  '天长', '永定', '海城', '龙城', '龙华', '龙门', '龙山', '开平', '新安', '西市', '市南', '市北', '二道', '二七',
  '中站', '名山', '合水', '两当', '天柱', '黑水', '赤水', '清河', '新河', '沙河', '运河', '金水', '金沙', '白沙',
  '团风', '民乐', '高台', '祥云', '弥勒', '咸丰', '东安', '北安', '同安', '德安', '万安', '泰和', '花山', '雨花',
  '天河', '天心', '天元', '海珠', '钟楼', '钟山', '兴国', '会理', '连山', '安平', '新会', '四会', '凌云', '大足',
  '集美', '万山', '金牛', '金凤', '新田', '龙湖', '华容', '江海', '临江', '龙井', '花溪', '城阳', '滨湖', '新城',
]);
