/** The not-found page's words, shared by app/not-found.tsx and the proxy's page for malformed paths. */
export const NOT_FOUND_TEXT = {
  title: '未找到',
  body: '没有这个地区或这篇报道。',
  home: '返回地图',
} as const;
