import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "法治对标 · Rule-of-Law Benchmark", template: "%s · 法治对标" },
  description: "地方法治政府建设年度报告数据对比：每个数字都链接到它所在的原文句子。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The language of each page is set on its <main> wrapper (PageShell), from ?lang=; Chinese is the default.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-paper text-ink antialiased">{children}</body>
    </html>
  );
}
