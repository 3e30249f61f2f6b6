export type ScanAction = 'allow' | 'review' | 'block'
export type ScanCategory =
  | 'slur' | 'insult' | 'threat' | 'personal_info' | 'spam' | 'minors' | 'non_consent' | 'self_harm' | 'harassment' | 'watched' | 'model'
export type ScanReason = {
  rule: string
  category: ScanCategory
  action: 'review' | 'block'
  /** matched text, as in the original text */
  match: string
  /** offsets into the original text (UTF-16 code units), end exclusive */
  start?: number
  end?: number
  /** learned-layer score (probability) */
  score?: number
}
export type ScanResult = { decision: ScanAction; reasons: ScanReason[]; urgent: boolean }
export type WatchedWord = { term: string; action: 'review' | 'block' }
export type ScanStats = { steps: number }
export type Scanner = { scan(text: string, opts?: { stats?: ScanStats }): ScanResult }
