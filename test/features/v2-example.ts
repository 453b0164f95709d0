/**
 * A version-2 file for the editor features' tests: the spec's example (§9.1)
 * and one more patient, P2, whose 6-week visit falls outside its window (77 days
 * after its procedure, 42 ± 14 allowed) and whose leak is symptomatic.
 */
export const V2_TEXT = `study "Repeat vertebroplasty at previously treated levels" {
  measure pain "Pain (VAS)" range 0..10 better lower responder 3
  measure odi "Oswestry Disability Index (%)" range 0..100 better lower responder 10
  visit w6 "6 weeks" day 42 window 14
  visit m6 "6 months" day 182 window 30
  complication leak "Cement leakage"
  complication fracture "New vertebral fracture"
}

patient P1 {
  procedure PV1 vertebroplasty on 2020-01-06 at T12, L1 {
    pain 9 -> 2
    odi 64 -> 40
    complication leak at L1 "paravertebral, no symptoms"
    visit w6 on 2020-02-17 { pain 2  odi 30 }
  }
  recurrence on 2020-03-02 at L1
  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {
    pain 10 -> 3
    visit w6 on 2020-04-27 { pain 2 }
    visit m6 { pain 1  odi ? }
  }
  complication fracture on 2020-08-03 at L2 symptomatic
  followup until 2021-01-11
}

patient P2 {
  procedure PV1 kyphoplasty on 2020-05-04 at L2 {
    pain 8 -> 3
    complication leak at L2 symptomatic
    visit w6 on 2020-07-20 { pain 3 odi 35 }
  }
}
`;
