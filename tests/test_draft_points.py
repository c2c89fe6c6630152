"""A draft reads each point once (similarity.yaml reader_points, render/points.py): every point's pattern
catches wordings that make it and passes over near wordings that do not; the reading pass drops a
clause or item whose every point was made above it, and nothing else."""

from __future__ import annotations

import pytest

from pipeline.resources import load_rules
from pipeline.render.draft import DraftClause, DraftItem, DraftSection
from pipeline.render.points import points_of, read_points_once

# point id: (wordings that make it, near wordings that do not)
CASES = {
    "honest_dealings": (["act with honesty and integrity;", "be open and honest with one another;"],
                        ["give advice that is honest, impartial and based on their professional judgement;",
                         "Officers will be honest about what they can and cannot do."]),
    "group_advice_not_binding": (["Group meetings are not decision-making bodies of the Council, and advice given by an "
                                  "officer at a group meeting does not bind the Council.",
                                  "Officer advice given to a group does not bind the Council, which remains free to reach "
                                  "its own decision."],
                                 ["Officers will give advice to every group on the same terms.",
                                  "The Council is not bound to follow the recommendation of a committee."]),
    "private_purpose_information": (["use their position to obtain information held by the Council for a private purpose.",
                                     "Councillors have a right to inspect Council documents where they need to do so in "
                                     "order to carry out their duties, but not out of curiosity or for a private purpose."],
                                    ["Councillors must not use Council resources for a private purpose.",
                                     "Officers will provide Councillors with the information they reasonably need."]),
    "resident_matters": (["Where a Councillor passes on a matter raised by a resident, the Clerk will deal with it.",
                          "A Councillor who is approached by a resident with a complaint about a Council service should "
                          "pass it to the Clerk."],
                         ["Councillors must not pass on confidential information to residents.",
                          "Councillors must not forward complaints from residents about an officer to the press.",
                          "Officers will reply to residents within ten working days."]),
    "interdependent": (["Councillors and officers serve the same community in different ways, and each needs the other to do "
                        "their job well.",
                        "Councillors and officers are indispensable to one another, but their responsibilities are distinct.",
                        "Members and officers depend on each other for the Council to work."],
                       ["Each Councillor needs the Clerk's agenda a week before the meeting.",
                        "Officers should not rely on one councillor's view of another's request."]),
    "monitors_delivery": (["Councillors set the Council's policies and budget and monitor how they are delivered.",
                           "(b) monitoring the Council's performance and the delivery of its decisions;",
                           "Members monitor the implementation of the Council's policies."],
                          ["Officers are responsible for the delivery of services.",
                           "The Clerk monitors the Council's emails.",
                           "Officers implement the Council's decisions."]),
    "disagree_at_meeting": (["Where a Councillor disagrees with an officer's advice, the Councillor may say so at the meeting "
                             "and may propose an alternative.",
                             "Where a Councillor disagrees with an officer's recommendation, the proper course is to say so "
                             "at the meeting."],
                            ["A Councillor who disagrees with an officer's advice must not propose an alternative at the "
                             "meeting without notice.",
                             "Councillors who disagree with an officer's advice should never say so at the meeting in a way "
                             "that criticises the officer.",
                             "Councillors may disagree with one another at the meeting.",
                             "Councillors who disagree with an officer's advice must not say so on social media.",
                             "An officer who disagrees with the Clerk's views should say so privately to the Clerk."]),
    "unwelcome_advice": (["(h) Accept that officers will sometimes give advice that Councillors would rather not hear;",
                          "Accept that officers cannot always give the answer a Councillor would like.",
                          "Officers must sometimes give unwelcome advice."],
                         ["Officers give advice that is clear and timely."]),
    "personal_advantage": (["Not use their relationship with Councillors to advance their own personal interests;",
                            "Not use their position to pursue a personal agenda;"],
                           ["Councillors must not use their office to gain personal advantage in housing allocations.",
                            "Not use their personal email address for council business;",
                            "Officers must not use their access to council data for private gain."]),
    "public_contact": (["(e) Dealing with correspondence and enquiries from the public;",
                        "(h) Acting as the first point of contact for residents, the district and county councils;"],
                       ["Officers will not respond to enquiries from the public about planning applications.",
                        "The Clerk handles all correspondence from the public, but letters about staff go to the Chair.",
                        "(e) Dealing with correspondence from the District Council;",
                        "Councillors must not share enquiries from members of the public with the press."]),
    "money_spent": (["(c) Monitoring the Council's finances and the services it provides;",
                     "(d) Making sure that the Council's money is spent properly;"],
                    ["Councillors must monitor the council's budget through the Finance Committee's reports.",
                     "Money is spent properly only when two signatories approve it.",
                     "(d) Spending the Council's money on the parish;",
                     "Council resources are used lawfully, including officers' time."]),
    "silent_cases": (["The Protocol is not a complete rulebook; common sense and good manners will cover most situations it "
                      "does not mention.",
                      "The Protocol cannot cover every situation. Where it is silent, Councillors and officers should act in "
                      "its spirit.",
                      "This code does not attempt to deal with every possible circumstance."],
                     ["The Protocol covers every councillor and every member of staff.",
                      "Officers cannot deal with every enquiry on the same day.",
                      "Officers cannot deal with all cases within five days, so councillors must allow ten working days.",
                      "The Clerk cannot deal with every case personally and may delegate.",
                      "The list is a complete statement of the Clerk's delegated powers."]),
    "read_papers": (["(i) Read the agenda and papers before each meeting;",
                     "Councillors are expected to attend meetings regularly and to read the papers beforehand."],
                    ["The Clerk will send the agenda and papers at least three clear days before each meeting.",
                     "Councillors must read the reports before the meeting and put any technical questions to the "
                     "report's author at least two working days beforehand.",
                     "Councillors may read any report of the Council once it is published."]),
    "manages_services": (["Managing the Council's officers and services within the budget;",
                          "Managing the officers and resources of their service;",
                          "(e) The day-to-day management of services and officers;"],
                         ["Managing the Council's budget;"]),
    "purpose": (["The aim of this protocol is to help members and staff work well together.",
                 "This guidance is intended to set out how councillors and officers deal with each other."],
                ["Officers should explain the purpose of a report to the committee."]),
    "relations_matter": (["Effective working relationships between councillors and staff are vital to the council.",
                          "Mutual trust lies at the heart of the way the authority works.",
                          "The council can only work effectively where both sides have confidence in one another."],
                         ["The relationship between a councillor and an officer should be professional."]),
    "sets_policy": (["Members agree the annual budget and the main policies.", "Deciding the precept;",
                     "To take decisions on the Council's policy framework and budget;"],
                    ["Officers implement the policies of the council."]),
    "chair_presides": (["The Chairman presides at meetings of the council.", "The Mayor presides over full Council.",
                        "The Chair leads meetings and may speak for the Council only where the Council has agreed."],
                       ["The Chair will meet the Clerk before each meeting.",
                        "The Vice-Chair leads meetings in the Chair's absence."]),
    "chair_limits": (["The Chair will not make decisions on the Council's behalf or commit it to spending money.",
                      "The Chairman cannot take decisions on behalf of the Council.",
                      "The Mayor may speak for the Council only where the Council has agreed its position."],
                     ["Officers will not make decisions on the Council's behalf without delegated authority.",
                      "The Chair will make sure that every Councillor has a fair opportunity to speak.",
                      "The Chair may speak to the press about the Council's decisions."]),
    # (reader round 62's district draft: an officer's courtesy twice, and where to ask about the protocol)
    "officer_courtesy": (["Officers will be courteous and will answer questions as fully as they can.",
                          "Officers should give Councillors accurate information, and treat them with the same courtesy "
                          "they would expect in return."],
                         ["Councillors should be courteous to officers.",
                          "When officers must refuse a request, councillors should treat them with courtesy."]),
    "protocol_questions": (["Where it is silent, Councillors and officers should apply its spirit and, if in doubt, seek "
                            "advice from the Monitoring Officer."],
                           ["If in doubt about an interest, seek advice from the Monitoring Officer.",
                            "See the Protocol on Gifts; if in doubt, seek advice from the Monitoring Officer."]),
    # (reader round 65's parish draft, 3.2 and 9.4)
    "grievance_heard": (["The Staffing Committee is responsible for the Clerk's appraisal and for hearing any grievance.",
                         "The Clerk may raise a formal grievance, which will be heard by the Staffing Committee."],
                        ["A councillor with a grievance about the Chair should speak to the Clerk.",
                         "The Staffing Committee will set the Clerk's hours."]),
    "brief_groups": (["The officer will give the same information to any group that asks for it."],
                     ["Group leaders meet monthly."]),
    "group_meetings": (["Officers will leave before political discussion begins.",
                        "Officers attending group meetings must not be present for party business.",
                        "Officers will leave before any discussion of party tactics.",
                        "Officers attending a group meeting will give factual information and professional advice only, "
                        "and will leave before any discussion of party political matters."],
                       ["Officers attend committee meetings to advise."]),
    "respects_advice": (["Recognise and value their professional advice;", "Respect the Clerk's professional judgement."],
                        ["Officers give professional advice."]),
    "advice_unswayed": (["Councillors should not press officers to change a professional judgement.",
                         "Where a Councillor disagrees with the Clerk's advice, the Councillor is free to say so, but "
                         "should not pressure the Clerk to change it."],
                        ["The Clerk keeps a file of the advice given each year."]),
    "accountable_to_electorate": (["Councillors are answerable to the voters of their division."],
                                  ["Officers are accountable to the Chief Executive."]),
    "represents_people": (["Representing the views of local residents;", "Members speak for their ward.",
                           "(d) Representing the interests of the parish as a whole."],
                          ["The Clerk represents the council at regional meetings."]),
    "collective_decisions": (["Decisions are made collectively at meetings of the council.",
                              "Councillors, acting together as the Council, decide its policies.",
                              "No individual member has any authority to make decisions for the council."],
                             ["The committee will publish its decisions within five days."]),
    "cabinet_information": (["Cabinet Members may ask for reports and information about their portfolio.",
                             "A Cabinet Member may ask the Director for information and for advice on options.",
                             "Executive members are entitled to receive regular briefings from their Director."],
                            ["Cabinet Members lead on the services in their portfolios.",
                             "Officers will give information to Cabinet Members' political opponents on request.",
                             "Councillors may ask officers for information.",
                             "Cabinet Members will not be given briefings on individual staffing cases.",
                             "Cabinet Members may ask for information held by other directorates only through the Chief "
                             "Executive.",
                             "Cabinet Members can expect officers to provide information promptly, but officers must not "
                             "withhold information from opposition members."]),
    "advice_overruled": (["(f) accept that the Clerk will record in the minutes any advice that the Council decides not to follow.",
                          "Where councillors decide not to follow that advice, their reasons should be recorded in the minutes."],
                         ["The Clerk will record the minutes of every meeting.", "Councillors may decide not to follow advice."]),
    "instructions_channel": (["Staff take their instructions from the council through its resolutions.",
                              "The Chair has no more authority over the Clerk than any other Councillor.",
                      "An individual councillor may not direct officers to carry out work.",
                      "The Mayor has no greater authority than other members to direct the Town Clerk.",
                      "A committee chair does not gain by that any right to direct the work of officers.",
                      "(j) Understand that officers are managed by their line managers, not by Councillors.",
                      "Cabinet Members give political leadership. They do not manage officers.",
                      "Instructions to the Clerk come from decisions of the Council, and not from individual Councillors.",
                      "Officers work to the priorities set by the Council, not by individual Councillors.",
                      "(a) Instructions only through decisions of the Council or the Staffing Committee, never from "
                      "individual Councillors;"],
                     ["Officers will follow the instructions on the form.",
                      "Officers are managed by their line managers.",
                      "Councillors do not manage the Council's budget on their own.",
                      "Officers work to the priorities set by the Council."]),
    "serves_whole_council": (["Officers are employed by the council as a whole.",
                              "The Clerk serves all the councillors, not one of them.",
                              "(c) to recognise that they are accountable to their managers and not to individual Councillors;",
                              "The Clerk takes instructions from the Council as a whole, through its resolutions."],
                             ["The whole council will consider the report.",
                              "Councillors are accountable to the electorate and not to officers.",
                              "The Clerk takes instructions from the Chair between meetings."]),
    "officers_advise": (["Officers provide clear and impartial advice to the council.",
                         "The role of staff is to advise members."],
                        ["Members may ignore advice only at their own risk."]),
    "legal_advice": (["Advising the council on its legal powers;", "The Clerk gives procedural advice at meetings."],
                     ["Councillors should take legal action only through the council."]),
    "neutrality": (["Staff must remain politically neutral.", "Officers act impartially at all times.",
                    "Officers attend meetings to advise, and will not take part in debate or express a political view.",
                    "Officers will not speak at Council meetings on matters of political opinion."],
                   ["Officers may belong to a political party outside work.",
                    "Members are free to express their political views at meetings."]),
    "outside_duties": (["Do not ask an officer to act beyond their role.",
                        "Members must not ask the Clerk for anything that would conflict with his duties.",
                        "(g) Not ask the Clerk to carry out work that the Council has not authorised;",
                        "The Clerk may decline a request from a Councillor that goes beyond the Council's decisions.",
                        "An officer who is asked to do something improper is entitled to decline, and should tell their "
                        "manager about the request."],
                       ["Officers carry out their duties under the direction of the Chief Executive.",
                        "The Clerk carries out the work that the Council has authorised.",
                        "The Clerk's work goes beyond the Council's meetings.",
                        "An officer who is asked to do something improper should tell their manager.",
                        "A councillor who is asked to do something improper by an officer must decline.",
                        "Requests that the Council has not agreed to must be referred to the Clerk."]),
    "chair_contact": (["The Chairman is the Clerk's main point of contact between meetings.",
                       "The Chair will meet the Clerk every month to go through the agenda."],
                      ["The Chair presides at meetings of the Council.",
                       "(h) Acting as the first point of contact for residents and other organisations."]),
    "personal_capacity": (["A councillor writing a blog in a personal capacity should say so.",
                           "Members quoted in the press must make clear that they are not speaking for the Council."],
                          ["Personal data must be kept securely."]),
    "restricted_posts": (["Holders of politically restricted posts may not stand for election."],
                         ["Officers must remain politically neutral at work."]),
    "cabinet_portfolio": (["Cabinet Members lead on the services in their portfolios.",
                           "Portfolio holders are responsible for policy in their area."],
                          ["The Cabinet meets monthly."]),
    "protocol_issued": (["A copy of this protocol will be given to every new councillor.",
                         "The Clerk will give a copy of this protocol to every new Councillor.",
                         "Members are asked to read the protocol on taking office.",
                         "The Chief Executive will make sure that all officers are made aware of this Protocol when "
                         "they join the Council.",
                         "Councillors and officers are asked to read this Protocol when they join the Council.",
                         "Each Councillor and each officer will be asked to confirm in writing that they have read this "
                         "Protocol."],
                        ["This protocol will be reviewed every two years.", "Councillors should read the Code of Conduct."]),
    "holds_to_account": (["Councillors decide the Council's policies, set its budget and scrutinise its performance.",
                          "Members hold the Executive to account through scrutiny.",
                          "(c) Monitoring and reviewing the performance of the Council in delivering services;",
                          "Councillors scrutinise the performance of the council's services."],
                         ["Officers are accountable to their managers."]),
    "breach_employee_code": (["Do not ask staff to do anything that conflicts with the Employees' Code of Conduct.",
                              "Members should never ask an officer to breach the Code of Conduct for Employees."],
                             ["Officers are bound by the Employee Code."]),
    "personal_work": (["Staff must not be asked to run personal errands for members.",
                       "Officers will not do work for them personally."],
                      ["Personal data is handled under the data protection policy."]),
    "work_requests": (["Councillors should send their requests to the Clerk, not to other staff.",
                       "Members direct enquiries through the relevant Head of Service.",
                       "Requests for the Clerk to carry out work must come from a decision of the Council.",
                       "Not expect them to undertake work that the Council has not authorised;",
                       "Officers are under no obligation to take on work for a Councillor that their manager has not "
                       "agreed.",
                       "A Councillor who wants a piece of work done should ask the relevant head of service."],
                      ["Enquiries from the public are answered within ten days.",
                       "If a resident wants work done on a council-owned tree, they should ask the Clerk."]),
    "party_work": (["Officer support to political groups must not extend to work that is party political, such as preparing "
                   "election material or speeches for party political events.", "Officers will not be asked to do party political work.",
                    "Councillors must not ask staff to take part in political campaigning.",
                    "The Clerk must not be asked to help a councillor with an election campaign.",
                    "Employees keep out of party politics in the parish.",
                    # (reader round 29's parish draft, 5.2(f) beside 7.2)
                    "(f) Decline to take part in any party political or campaigning activity connected with the Council;",
                    "Members should not ask staff to do work for a political party."],
                   ["Group meetings are private to the party."]),
    "equal_treatment": (["treat every enquiry on its merits, regardless of the political group of the Councillor making it;",
                         "Treat all councillors equally.", "Officers give every member the same standard of service."],
                        ["Members have different roles on committees.", "Treat all residents equally."]),
    "ward_informed": (["Members will be told about proposals affecting their ward.",
                          "Officers keep local members briefed on issues in their division."],
                         ["A ward councillor may attend any meeting of the council."]),
    "mutual_respect": (["Members and staff treat each other with respect.", "Be courteous to officers."],
                 ["Members should respect the Clerk's working hours."]),
    "public_criticism": (["Councillors who speak to the media should not name or criticise individual officers.",
                          "Members should not make personal attacks on staff at meetings or online.",
                         "Councillors must not criticise staff in public meetings.",
                          "Members should not raise concerns about a named officer in the press.",
                          "Do not discuss the Clerk's performance on social media.",
                          "(b) Raise any concerns about their work with their manager, not in public or on social media;"],
                         ["Officers may be criticised fairly through the proper process."]),
    "working_hours": (["Contact the Clerk during working hours.", "Staff are not expected to reply in the evenings or at weekends.",
                       "Contact staff only during office hours, except in an emergency."],
                      ["The hall is open from nine to five."]),
    "personal_relationships": (["Close personal familiarity between members and staff should be avoided.",
                                "Anyone related to an employee should say so."],
                               ["Members should relate their questions to the agenda."]),
    "confidential_info": (["Keep confidential papers confidential.", "Information given in confidence must not be passed on."],
                        ["The Clerk keeps the council's records."]),
    "exempt_business": (["Councillors must keep confidential anything discussed while the press and public were excluded.",
                         "Exempt information must not be disclosed and must be kept confidential."],
                        ["The press and public were excluded from the meeting.",
                         "Councillors must not disclose confidential information."]),
    "press_spokesperson": (["Only the Leader may speak to the media for the council.",
                            "Press releases are approved by the Chair before issue."],
                           ["Members may read the local press."]),
    "staffing_matters": (["Members play no part in disciplinary matters unless they sit on the Personnel Committee."],
                         ["The Staffing Committee meets twice a year."]),
    "concern_about_officer": (["A concern about the Clerk should go to the chair of the Staffing Committee.",
                               "A member dissatisfied with the conduct of an officer should raise it with the director.",
                               "(g) Raise any concern about their work with their manager;",
                               "(b) Raise any concerns about their work with their manager, not in public or on social media;",
                               "A Councillor who is dissatisfied with the Clerk's work or conduct must not raise it with the "
                               "Clerk at a meeting, in front of members of the public or by email copied to others, but "
                               "should refer it in writing to the Chair of the Staffing Committee."],
                              ["A concern about the budget goes to the Finance Committee.",
                               "Councillors should not raise concerns about an officer's work with the officer's manager in public."]),
    "induction_training": (["New members receive an induction.", "All members will be offered training on the code."],
                           ["Officers have a training budget for their own development."]),
    "whistleblowing": (["Staff who raise concerns in good faith will be protected.",
                        "Officers will not suffer any detriment for raising a concern in good faith.",
                        "No one will be victimised for reporting."],
                       ["Members raise concerns at meetings."]),
    "officer_reports": (["Members must not press officers to change a report's recommendation.",
                         "A report sets out the officer's own professional view.",
                         "Reports to the Cabinet are the responsibility of the officers who write them."],
                        ["The report will be published with the agenda."]),
    "operational_matters": (["Operational management is for officers.", "Day-to-day running of services is the staff's job."],
                            ["Members decide strategy."]),
    "implements_decisions": (["Officers carry out the council's decisions.", "Implementing the policies of the authority;"],
                             ["Members take decisions at meetings."]),
    "bullying": (["Members must not bully staff.", "Harassment will not be tolerated."],
                 ["Members may disagree strongly with advice."]),
    "undue_pressure": (["Officers must not be put under undue pressure.", "Councillors should not pressure staff."],
                       ["Staff work under time pressure at year end."]),
    "monitoring_officer_advice": (["Advice on this protocol is available from the Monitoring Officer.",
                                   "Consult the Monitoring Officer for guidance."],
                                  ["The Monitoring Officer keeps the register."]),
    "not_employer": (["Individual councillors are not the employers of staff."],
                     ["The council is a good employer."]),
    "finance_accounts": (["(e) Managing the Council's finances and keeping its accounts;",
                          "The Clerk keeps the accounts.", "The Responsible Financial Officer administers the finances."],
                         ["Members must account for their expenses honestly.",
                          "Do not share the passwords of your council email accounts."]),
    "agendas_minutes": (["at least three clear days before a meeting, serve on Councillors a signed summons confirming the time, place "
                       "and agenda;", "Preparing agendas and minutes;", "The Clerk sends out agendas three clear days ahead."],
                        ["Members may ask for an item to be discussed."]),
    "manages_staff": (["The Clerk manages all other staff.", "Supervising employees;",
                       "The Chief Executive is the Head of Paid Service and is responsible for the management of all staff.",
                       "The Clerk is the manager of all staff employed by the Council.",
                       "The Clerk has day-to-day managerial responsibility for the Council's employees.",
                       "All staff are managed by the Clerk."],
                      ["Members manage their own time.",
                       "Managers should make sure that staff who work with Councillors have read the Protocol."]),
    "access_to_information": (["Members have a right of access to documents they need.", "Need to know decides it.",
                               "(f) Provide the information Councillors need to take decisions;",
                               "Councillors are entitled to the information they reasonably need to carry out their duties."],
                              ["The public may read the minutes.", "Officers need information from councillors in good time."]),
    "gifts_hospitality": (["Gifts and hospitality must be declared.", "Officers record hospitality and any gift offered."],
                          ["Members received a gift of flowers."]),
    "registers_interests": (["Councillors must register their interests.", "Declaring any interest in an item;"], ["Members take an interest in the park."]),
    "advice_recorded": (["Where the council goes against advice, that advice is recorded in the minutes."],
                        ["The minutes record the decisions."]),
    "prompt_enquiries": (["Deal with their enquiries promptly and efficiently;",
                          "The Clerk aims to acknowledge emails from councillors within two working days.",
                          "Enquiries from members will be answered without undue delay."],
                         ["A complaint will be acknowledged within five working days.",
                          "Officers deal with many enquiries from the public."]),
    "high_standards": (["The Monitoring Officer promotes high standards of conduct among councillors.",
                        "The Council has a duty to promote and maintain high standards of conduct by its members."],
                       ["Officers are expected to work to high professional standards."]),
    "out_of_hours": (["(c) Respect their working hours and not expect replies late in the evening or at weekends;",
                      "Officers should not be contacted at home or on a personal mobile phone about Council business."],
                     ["Officers work from home on Fridays.", "The Clerk's hours are set by the Staffing Committee.",
                      "A councillor who is contacted by the press at home should refer the journalist to the Clerk."]),
    "no_priority": (["Officers will deal with it on its merits and will not give it priority because a Councillor is "
                     "involved.",
                     "(j) Accept that officers must apply the Council's policies fairly, and not press for a resident to be "
                     "given priority because a Councillor has taken up the case."],
                    ["Officers will give priority to urgent safety matters.",
                     "Councillors may ask for a case to be given priority where a resident is at risk.",
                     "Councillors must not expect preferential treatment for their own planning application because a "
                     "member is the applicant."]),
    "casework_confidential": (["(f) Respect the confidentiality of casework and of personal information shared with them;",
                               "(g) Not share their casework with other Councillors without their agreement;"],
                              ["Councillors should log their casework through the enquiry system."]),
    "officer_discipline": (["An officer who breaches this Protocol may be dealt with under the Council's disciplinary "
                            "procedure.",
                            "Any action taken against an Officer as a result of a Councillor's concern will be taken under "
                            "the Council's disciplinary or capability procedures.",
                            "The Council will deal with any complaint about an officer under its disciplinary or "
                            "capability procedures."],
                           ["Councillors have no part in the disciplinary procedure for staff below chief officer.",
                            "A councillor's breach of the Code is dealt with by the Standards Committee.",
                            # (a threat of it, a whistleblower's protection from it: adversarial review 39)
                            "Councillors must not threaten an officer with disciplinary action or seek to influence the "
                            "disciplinary process.",
                            "Staff who report improper pressure from a councillor will not be subject to disciplinary "
                            "action."]),
    "code_complaint": (["A complaint that a Councillor has breached the Code of Conduct should be made to the Monitoring "
                        "Officer of the District Council.",
                        "A grievance is not the same as a complaint that a Councillor has breached the Code of Conduct, "
                        "which only the Monitoring Officer can deal with."],
                       ["A complaint about the Clerk goes to the Chair of the Staffing Committee.",
                        "A complaint that an officer has breached the Employees' Code of Conduct should be made to the "
                        "Monitoring Officer.",
                        "The Monitoring Officer advises councillors on the Code of Conduct."]),
    "proper_officer": (["The Clerk is the Council's Proper Officer.", "The Clerk acts as the Proper Officer for the "
                        "purposes of the Local Government Act 1972."], ["The Clerk is the Responsible Financial Officer."]),
    "appraisal": (["The Clerk's performance is reviewed once a year by the Staffing Committee.",
                   "The Chair will carry out the Clerk's annual appraisal.", "Staff appraisals are confidential."],
                  ["The Clerk will review this protocol every two years.", "The appraiser's report is kept on file."]),
    "mo_lawfulness": (["The Monitoring Officer is responsible for ensuring the lawfulness of the Council's decisions.",
                       "The Director of Legal is the Monitoring Officer. It is their duty to report any proposal that "
                       "would be unlawful."],
                      ["The Monitoring Officer keeps the register of interests."]),
    # (readers of the 300-document drafts, session of 6 December 2026, third)
    "manages_premises": (["Managing the Council's premises and contracts;",
                          "Managing the Council's officers, buildings and services from day to day;"],
                         ["Booking the village hall for meetings;",
                          "Officers must not use Council premises for party political events."]),
    "information_for_role": (["The Clerk will provide Councillors with the information they reasonably need to carry "
                              "out their role as Councillors.",
                              "Councillors are entitled to information held by the Council that they need in order to "
                              "carry out their duties as Councillors."],
                             ["Councillors may ask for any information.",
                              "Officers need information to carry out their duties."]),
    "information_dispute": (["Any dispute about whether a Councillor needs to know will be decided by the Monitoring "
                             "Officer.",
                             "A Councillor who is refused information may ask the Monitoring Officer to review the "
                             "decision.",
                             "If there is a disagreement about whether a Councillor needs to see something, the "
                             "Monitoring Officer decides."],
                            ["A Councillor may ask the Monitoring Officer for advice on the Code.",
                             "Officers will refuse a request that is unlawful."]),
    # (round 68's readers)
    "concern_not_in_public": (["A Councillor must not raise a concern about the Clerk's performance or conduct at a public "
                               "meeting of the Council.",
                               "If a Councillor has a concern about the Clerk's work, they should raise it with the Chair "
                               "of the Staffing Committee, and not with the Clerk in front of others or at a Council "
                               "meeting."],
                              ["Concerns should be raised at the next Council meeting.",
                               "Councillors must not discuss confidential items outside the meeting."]),
    "protocol_review": (["This Protocol takes effect when the Council adopts it. The Clerk will review it every two years.",
                         "This Protocol will be reviewed by the Staffing Committee twelve months after its adoption.",
                         "The Standards Committee will review this protocol every two years."],
                        ["Councillors should review the code of conduct for guidance.",
                         "The Clerk will review the policy on expenses with the Chair."]),
    "officer_concern": (["An Officer who believes that a Councillor has treated them improperly should speak to their "
                         "line manager or Director.",
                         "Officers who are concerned about the behaviour of a Councillor can raise this with their "
                         "manager, with HR or with the Monitoring Officer."],
                        ["A Councillor who is concerned about an officer should raise it with the Chief Executive.",
                         "Officers will respond to a Councillor's enquiry within ten working days."]),
    "officers_other_work": (["give reasonable notice of requests, and understand that officers have other work and cannot "
                             "always reply straight away;",
                             "Councillors are asked to be patient, and to remember that the officers answering enquiries "
                             "are also dealing with requests from the public."],
                            ["Officers will give priority to urgent work.",
                             "Officers must not take on work for a political group."]),
    # round 81's district draft, and adversarial review 84
    "pre_election_publicity": (["During the pre-election period, Officers will take particular care not to publish "
                                "material which could be seen as supporting any candidate or party.",
                                "During the pre-election period, the Council will not issue any publicity about "
                                "candidates or about matters of political controversy."],
                               ["Councillors must not use council resources, including officer time, to publish election "
                                "material during the pre-election period.",
                                "Officers will continue to deal with casework during the pre-election period."]),
    "consult_statutory": (["Cabinet Members and Chief Officers must consult the Head of Paid Service, the Monitoring "
                           "Officer and the Section 151 Officer on any proposal that affects their statutory "
                           "responsibilities.",
                           "Councillors should allow the statutory officers to carry out their duties without "
                           "interference and should seek their advice at an early stage where a proposal raises legal or "
                           "financial concerns."],
                          ["Councillors must not seek the views of officers on proposals they intend to put to their "
                           "political group, and any such request should be referred to the Monitoring Officer.",
                           "Officers should consult ward councillors on proposals affecting their ward, and must tell the "
                           "Monitoring Officer of any concern."]),
}
# wordings read in the 376-document drafts that a reader took for the same point
for _point, _wordings in {
        "represents_people": ["Councillors are elected to represent the parish."],
        "collective_decisions": ["Councillors take decisions together at meetings.",
                                 "Making decisions at properly called meetings of the Council;",
                                 # (reader round 8 of 7 December, parish draft 6.1(f) beside 2.2)
                                 "Councillors, acting together at properly convened meetings, make the decisions of the "
                                 "Council.",
                                 # (this session's parish reader, 7 December, the fifteenth)
                                 "Decisions belong to the Council, not to individuals.",
                                 "Individual Councillors have no authority to make decisions or to act on behalf of the "
                                 "Council unless the Council has delegated that authority to them."],
        "officers_advise": ["Advising the Council on the law and its procedures;"],
        "public_criticism": ["Councillors should never name or comment on individual members of staff online."],
        "mutual_respect": ["Councillors and employees deal with each other with respect."],
        "monitoring_officer_advice": ["The Monitoring Officer will advise councillors and officers on this Protocol.",
                                      "Advice on any part of this Protocol is available from the Monitoring Officer."],
        "personal_relationships": ["A Councillor with a close personal or family relationship with an employee must say so."],
        "confidential_info": ["Respect confidential information;",
                              "A councillor who receives confidential information must not disclose it to anyone."],
        "neutrality": ["Officers will not comment publicly on political matters."],
        "outside_duties": ["Not ask officers to act against their professional judgement;",
                           "The Clerk is entitled to refuse a request that would be unlawful, and should explain why."],
        "party_work": ["Officers will not be asked to advise on party political strategy.",
                       # (reader round 8 of 7 December, parish draft 7.7 beside 6.1(h) "never ask them to do anything
                       # for a political party ...")
                       "Councillors should not ask the Clerk to carry out work for their own political or personal "
                       "purposes."],
        # (reader round 26)
        "officer_reports": ["Reports to the Council and its committees are written by officers and must give their "
                            "honest professional view."],
        "staffing_matters": ["Acting collectively, through the Staffing Committee, as the employer of the Council's "
                             "officers;", "The Staffing Committee acts for the Council in all employment matters."],
        "working_hours": ["Recognise that officers work set hours and cannot always reply straight away;"],
        "work_requests": ["Raise requests through the Clerk, and not through the Deputy Clerk."],
        # (round 68's readers)
        "out_of_hours": ["Councillors should not expect the Clerk to be available in the evenings, at weekends or during "
                         "annual leave, other than for meetings of the Council.",
                         "respect their private lives and not contact them at home about council business except in an "
                         "emergency."],
        # (the parish draft of round 74's 30 documents, 2.3 beside 3.4)
        "serves_whole_council": ["The Council as a body is the Clerk's employer."],
        "officer_discipline": ["A breach of this Protocol by an officer may be dealt with under the Council's "
                               "disciplinary procedure.",
                               # (reader round 8 of 7 December, parish draft 9.5)
                               "Breaches of this Protocol by officers may be dealt with under the Council's "
                               "disciplinary procedure."],
        # (and 8.2 "The Clerk will provide Councillors with the information they reasonably need ..." beside 5.4)
        "information_for_role": ["A Councillor may ask the Clerk for information or for help with a matter affecting "
                                 "the community."],
        "implements_decisions": ["Putting the Council's decisions into practice;"],
        "manages_services": ["managing the Council's services and officers from day to day."],
        "agendas_minutes": ["taking the minutes and keeping the Council's records;"],
        "brief_groups": ["The Council recognises that political groups are part of its working, and officers may properly "
                         "be called upon to contribute to the deliberations of those groups."]}.items():
    CASES[_point][0].extend(_wordings)


def test_every_point_has_cases():
    assert set(CASES) == set(load_rules("similarity.yaml")["reader_points"])


@pytest.mark.parametrize("point", sorted(CASES))
def test_a_point_catches_its_wordings_and_not_its_neighbours(point):
    makes, near = CASES[point]
    point = (load_rules("similarity.yaml").get("same_points") or {}).get(point, point)  # read as the point it is
    for text in makes:
        assert point in points_of(text), text
    for text in near:
        assert point not in points_of(text), text


def clause(number, text, tag="role", items=(), sources=None, side=None):
    return DraftClause(number, text, sources or [f"S clause {number}"], tag, [],
                       items=[DraftItem(chr(97 + k), t, [f"S item {number}{k}"]) for k, t in enumerate(items)],
                       side=side)


def test_a_clause_whose_points_were_all_made_is_dropped_and_its_sources_kept():
    first = clause("2.1", "Councillors set the council's policies and its budget.")
    lst = clause("2.2", "Councillors are responsible for:", items=["Agreeing the annual budget and policies;", "Monitoring performance;", "Deciding the precept."])
    again = clause("3.1", "Members determine the budget.", sources=["Other Council clause 4"])
    new = clause("3.2", "Members determine the budget and represent the views of residents.")
    step = clause("9.1", "A concern about the Clerk should go to the chair of the Staffing Committee.", tag="escalation")
    step2 = clause("9.2", "If a concern about the Clerk is not settled, the chair of the Staffing Committee refers it on.",
                   tag="escalation")
    sections = [DraftSection(2, "a", "A", [first, lst], []), DraftSection(3, "b", "B", [again, new], []),
                DraftSection(9, "c", "C", [step, step2], [])]
    assert read_points_once(sections) == 5  # two items, the list they leave with one, a clause, a step
    assert sections[0].clauses == [first] and any("Monitoring performance;" in o["text"] for o in first.others)
    assert [c.number for c in sections[1].clauses] == ["3.1"] and sections[1].clauses[0] is new
    assert "Other Council clause 4" in first.sources
    assert any(o["text"] == "Members determine the budget." for o in first.others)
    assert sections[2].clauses == [step]  # a second route for one concern is the same point


def test_a_counted_list_keeps_its_items():
    first = clause("2.1", "Councillors set the council's policies and its budget.")
    lst = clause("2.2", "Councillors have two main tasks:", items=["Agreeing the budget;", "Monitoring performance."])
    sections = [DraftSection(2, "a", "A", [first, lst], [])]
    assert read_points_once(sections, whole=lambda lead_in: "two" in lead_in) == 0
    assert len(lst.items) == 2


@pytest.mark.parametrize("lead_in, count", [
    ("Councillors have four main areas of responsibility:", 4), ("The Clerk has 3 key duties:", 3),
    ("Courses for clerks in spring 2027 include:", None), ("Officers will, within 5 working days, do the following:", None),
    ("The Clerk will reply within ten days to:", None), ("Within 5 working days officers will:", None),
    ("Within 48 hours officers will:", None), ("By 31 March councillors must:", None), ("On 3 May members will:", None),
    ("Section 4 sets out these duties:", None), ("Under paragraph 12 councillors must:", None),
    ("The 12 duties are:", 12), ("Councillors have three main roles:", 3)])
def test_a_lead_in_counts_its_items_not_its_dates(lead_in, count):
    from pipeline.render.draft import _counted
    assert _counted(lead_in) == count


def test_a_huge_clause_is_matched_quickly():
    import time
    text = "officers " * 200_000 + "give advice"
    t = time.perf_counter()
    points_of(text)
    assert time.perf_counter() - t < 1.0


def test_a_point_each_side_makes_is_two_points():
    officers = clause("5.1", "Officers keep confidential anything told to them in confidence.", side="officer")
    members = clause("8.1", "Councillors must not disclose information given to them in confidence.", side="member")
    everyone = clause("8.2", "Information given in confidence must be kept confidential by everyone.", side="both")
    sections = [DraftSection(5, "a", "A", [officers], []), DraftSection(8, "b", "B", [members, everyone], [])]
    assert read_points_once(sections) == 1
    assert sections[1].clauses == [members]


def test_a_sideless_point_is_made_once_whoever_it_binds():
    council = clause("5.3", "Employees who raise a concern in good faith will be supported by the Council.",
                     side="council")
    officers = clause("7.4", "Officers will not suffer any detriment for raising a concern in good faith.",
                      side="officer")
    sections = [DraftSection(5, "a", "A", [council], []), DraftSection(7, "b", "B", [officers], [])]
    assert read_points_once(sections) == 1
    assert sections[1].clauses == [] and any("detriment" in o["text"] for o in council.others)


def test_a_list_left_with_one_item_is_dropped_whole():
    first = clause("2.1", "Councillors set the council's policies and its budget.")
    lst = clause("2.2", "Councillors are responsible for:", items=["Agreeing the budget;", "Monitoring performance."])
    sections = [DraftSection(2, "a", "A", [first, lst], [])]
    assert read_points_once(sections) == 2
    assert sections[0].clauses == [first] and any("Monitoring performance." in o["text"] for o in first.others)


def test_a_new_point_that_rides_along_does_not_keep_a_clause_but_any_other_does():
    first = clause("7.1", "Councillors should not ask officers to change a report, nor pressure them to change their "
                          "advice; respect their professional judgement.")
    again = clause("7.2", "No Councillor should put pressure on the Clerk to alter advice, a report or the minutes.")
    bully = clause("7.3", "Councillors must not press officers to change a report, must respect their professional "
                          "judgement and must never bully staff.")
    sections = [DraftSection(7, "a", "A", [first, again, bully], [])]
    read_points_once(sections)
    # "again" adds only a riding point to "first"; "bully" adds one that does not ride along, and so stays, and
    # makes every point of "first" as well: the reader reads it once, in the clause that says the most
    assert sections[0].clauses == [bully] and {o["ref"] for o in bully.others} == {"S clause 7.1", "S clause 7.2"}


def test_a_clause_half_of_whose_points_one_clause_above_made_reads_as_that_clause_again():
    first = clause("2.1", "Councillors are elected to represent their wards, to set the Council's priorities and budget "
                          "and to hold the Cabinet to account.")
    again = clause("2.2", "Councillors provide strategic leadership. They set the Council's policies and budget and "
                          "scrutinise the performance of services; they are not responsible for the operational "
                          "management of services.")
    # (one of three points made above: a clause that says more than it repeats stays)
    more = clause("2.3", "Councillors set the budget, must never bully staff and must not accept gifts or hospitality "
                         "from officers.")
    sections = [DraftSection(2, "a", "A", [first, again, more], [])]
    assert len(points_of(again.text)) == 3 and len(points_of(more.text)) == 3
    assert read_points_once(sections) == 1 and sections[0].clauses == [first, more]
    assert any("strategic leadership" in o["text"] for o in first.others)


def test_the_section_that_claims_a_point_keeps_it_and_an_emptied_section_says_where_its_points_are():
    expect = clause("6.1", "Officers can expect Councillors to:",
                    items=["Keep confidential any information the Clerk gives them in confidence;",
                           "Respect their working hours;", "Make requests for work through the Clerk."], side="member")
    secret = clause("8.1", "Councillors must not disclose information given to them in confidence.", side="member")
    hours = clause("9.1", "Councillors should respect the Clerk's working hours.", side="member")
    sections = [DraftSection(6, "expect_from_councillors", "A", [expect], []),
                DraftSection(8, "information_press", "B", [secret], []),
                DraftSection(9, "boundaries", "C", [hours], [])]
    read_points_once(sections, order=["information_press", "expect_from_councillors", "boundaries"])
    assert sections[1].clauses == [secret]  # read first: the confidentiality section keeps its own clause
    assert [it.text for it in expect.items] == ["Respect their working hours;", "Make requests for work through the Clerk."]
    assert sections[2].clauses == [] and [c.number for c in sections[2].made_above] == ["6.1"]


def test_one_point_for_a_reader_whatever_its_side_or_its_pattern():
    # training, and the Monitoring Officer's advice, are one point whoever the clause binds
    council = clause("5.4", "All Councillors will be offered training on this Protocol as part of their induction.",
                     side="council")
    members = clause("6.3", "All Councillors should receive training on the Protocol within six months of election.",
                     side="member")
    # "respect their professional judgement" is the point "do not press officers to change their professional view"
    press = clause("7.2", "Councillors should not press officers to change a professional judgement.", side="member")
    respect = clause("6.4", "Councillors will respect the professional judgement of officers.", side="member")
    sections = [DraftSection(5, "a", "A", [council], []), DraftSection(6, "b", "B", [members], []),
                DraftSection(7, "c", "C", [press], []), DraftSection(8, "d", "D", [respect], [])]
    assert read_points_once(sections) == 2
    assert sections[1].clauses == [] and sections[3].clauses == []


def test_an_honest_early_conversation_is_the_informal_first_step():
    assert "informal_first" in points_of("Most difficulties can be resolved by an early, honest conversation between "
                                         "the people involved.")
    # (the parish draft of round 74's 30 documents, 9.1 beside 9.2 and 9.3)
    assert "informal_first" in points_of("Most difficulties can be sorted out by a quiet conversation.")
    assert "informal_first" in points_of("Many concerns arise from misunderstandings and can be settled by a "
                                         "conversation.")
    assert "informal_first" not in points_of("Complaints will be dealt with by a discussion at the Staffing Committee.")


def test_a_procedures_step_does_not_repeat_a_clause_that_shares_its_words_but_is_no_step():
    from pipeline.render.draft import _read_once

    advise = clause("5.6", "The Monitoring Officer will advise Councillors and officers on this Protocol and on the Codes "
                    "of Conduct, and will keep a record of any breach that is reported.", tag="expectation")
    step = clause("9.6", "A breach of this protocol by a Councillor may be referred to the Monitoring Officer as a "
                  "complaint under the Councillors' Code of Conduct.", tag="escalation")
    heads = [{"text": c.text, "tag": c.tag, "actor": None, "themes": ["code_of_conduct"], "confidence": 0.9}
             for c in (advise, step)]
    shown: list = []
    assert _read_once([], [(advise, heads[0])], shown, 10, set()) == [advise]
    assert _read_once([], [(step, heads[1])], shown, 10, set()) == [step]


def test_a_counted_list_is_printed_whole_or_not_at_all_and_areas_of_responsibility_are_roles():
    from pipeline.render.draft import DraftItem, _drop_repeated_items
    from pipeline.render.similarity import lead_in_point

    assert lead_in_point("Councillors have four main areas of responsibility:") == \
        lead_in_point("Councillors are responsible for:") == "roles"
    printed = clause("2.2", "Councillors are responsible for:", items=["Representing the views of residents;",
                                                                       "Monitoring the Council's finances."])
    counted = clause("2.4", "Councillors have three main areas of responsibility:", items=["To determine council policy;", "To represent the views of residents;", "To act as advocates for their area."])
    home = _drop_repeated_items(counted, [(printed, it) for it in printed.items], [])
    assert home is printed and len(counted.items) == 3


def test_a_clause_read_first_gives_way_to_one_printed_above_that_makes_its_points_and_more():
    # the boundaries section claims its clauses before the roles section, which is printed above it: the reader
    # meets "they are not responsible for the operational management of services" first, then its point again
    roles = clause("2.1", "Councillors provide strategic leadership. They set the Council's policies and budget and "
                          "scrutinise the performance of services; they are not responsible for the operational "
                          "management of services, which is the role of employees.", side="member")
    again = clause("7.1", "It is not the role of Councillors to involve themselves in the day-to-day management of "
                          "services, which is a matter for officers.", side="member", sources=["Other Council clause 9"])
    gifts = clause("7.2", "Officers must not accept gifts from Councillors beyond items of token value.", side="officer")
    sections = [DraftSection(2, "roles_councillors", "Roles", [roles], []),
                DraftSection(7, "boundaries", "Boundaries", [again, gifts], [])]
    assert read_points_once(sections, order=["boundaries", "roles_councillors"]) == 1
    assert sections[0].clauses == [roles] and "Other Council clause 9" in roles.sources
    assert [c.text for c in sections[1].clauses] == [gifts.text] and gifts.number == "7.1"
    # ... and so does a clause of two points that ride along, said again with more above it
    advice = clause("2.3", "The Clerk gives the council independent, professional advice. The council is free to reject "
                           "that advice, but Councillors should not pressure the Clerk to change it.", side="member")
    unswayed = clause("7.6", "Where a Councillor disagrees with the Clerk's advice, the Councillor is free to say so, but "
                             "should not pressure the Clerk to change it.", side="member")
    gifts = clause("7.7", "Officers must not accept gifts from Councillors beyond items of token value.", side="officer")
    sections = [DraftSection(2, "roles_councillors", "Roles", [advice], []),
                DraftSection(7, "boundaries", "Boundaries", [unswayed, gifts], [])]
    assert read_points_once(sections, order=["boundaries", "roles_councillors"]) == 1
    assert [c.text for c in sections[1].clauses] == [gifts.text] and any("free to say so" in o["text"] for o in advice.others)
    # ... but a clause printed below that makes more points is what the reader meets second: both stay
    first = clause("2.1", "Councillors set the council's policies and its budget.", side="member")
    more = clause("3.1", "Members determine the budget and represent the views of residents.", side="member")
    sections = [DraftSection(2, "a", "A", [first], []), DraftSection(3, "b", "B", [more], [])]
    assert read_points_once(sections, order=["a", "b"]) == 0


def test_a_clause_read_first_whose_points_are_all_said_above_leaves_its_section_saying_where():
    roles = clause("2.1", "Councillors set policy and scrutinise services; they are not responsible for the "
                          "operational management of services.", side="member")
    again = clause("7.1", "Councillors must not involve themselves in the day-to-day management of services.",
                   side="member")
    sections = [DraftSection(2, "roles_councillors", "Roles", [roles], []),
                DraftSection(7, "boundaries", "Boundaries", [again], [])]
    assert read_points_once(sections, order=["boundaries", "roles_councillors"]) == 1
    assert sections[1].clauses == [] and [c.number for c in sections[1].made_above] == ["2.1"]


def test_a_two_point_clause_worded_as_the_one_above_that_made_one_of_them_is_dropped():
    above = clause("4.1", "Officers will not attend any part of a group meeting where party business is discussed, "
                          "and will not be asked to advise on matters of party political strategy.", side="both")
    again = clause("4.2", "Officers attending a group meeting will give information and advice only, will not take "
                          "part in political debate, and will leave before any discussion of party tactics.",
                   side="officer")
    other = clause("4.3", "Group Leaders may ask the Chief Executive to arrange a briefing on Council business for "
                          "their group.", side="member")
    sections = [DraftSection(4, "groups", "Groups", [above, again, other], [])]
    assert read_points_once(sections) == 1
    assert sections[0].clauses == [above, other]


def test_an_item_repeating_an_item_above_in_its_own_list_is_still_dropped_when_a_clause_is_said_again():
    roles = clause("2.1", "Councillors set policy and scrutinise services; they are not responsible for the "
                          "operational management of services.", side="member")
    lst = clause("2.2", "Acting together, Councillors are responsible for:", side="member", items=["Agreeing policies and making decisions at properly called meetings;", "Representing the views of residents;",
        "Making decisions at properly called meetings of the Council and its committees."])
    again = clause("7.1", "Councillors must not involve themselves in the day-to-day management of services.",
                   side="member")
    sections = [DraftSection(2, "roles_councillors", "Roles", [roles, lst], []),
                DraftSection(7, "boundaries", "Boundaries", [again], [])]
    read_points_once(sections, order=["boundaries", "roles_councillors"])
    # ("Agreeing policies ..." says 2.1's "set policy" again a line below it, and gives way to it; the item that
    # repeated it then stays, the list's one item about decisions)
    assert [it.text for it in lst.items] == ["Representing the views of residents;",
                                             "Making decisions at properly called meetings of the Council and its "
                                             "committees."]


def test_a_two_point_clause_sharing_a_point_with_a_clause_above_in_its_section_is_dropped():
    contact = clause("4.1", "The Chair is the Clerk's usual first point of contact between meetings, but has no more "
                            "power to instruct the Clerk than any other Councillor.", side="member")
    elected = clause("4.2", "The Chair is elected each year at the Annual Meeting of the Council and presides at its "
                            "meetings.", side="member")
    again = clause("4.3", "The Chair is not the Clerk's line manager and cannot give the Clerk any instruction that "
                          "the Council has not authorised.", side="member")
    sections = [DraftSection(4, "chairs", "The Chair", [contact, elected, again], [])]
    assert read_points_once(sections) == 1
    assert sections[0].clauses == [contact, elected] and contact.others[0]["text"].startswith("The Chair is not")


def test_two_clauses_of_one_section_sharing_only_a_broad_point_or_a_point_for_the_other_side_both_stay():
    advice = clause("2.3", "The Clerk gives the council independent, professional advice. The council is free to "
                           "reject that advice, but Councillors should not pressure the Clerk to change it.", side="both")
    interest = clause("2.4", "Where a Councillor has an interest in an item of business, the Clerk may give general "
                             "advice on declaring it, but the decision whether to declare an interest and withdraw "
                             "rests with the Councillor.", side="both")
    clerk = clause("7.3", "The Clerk must not take part in any campaign for the election of a Councillor or in local "
                          "party politics in the parish.", side="officer")
    asks = clause("7.4", "Councillors should not ask Officers to do work for them personally, or for a political "
                         "party or any other organisation in which they have an interest.", side="member")
    sections = [DraftSection(2, "roles", "Roles", [advice, interest], []),
                DraftSection(7, "boundaries", "Boundaries", [clerk, asks], [])]
    assert read_points_once(sections) == 0


def test_escalation_steps_are_grouped_by_who_raises_the_matter():
    """A section of escalation steps reads as routes: the informal word first, then a councillor's route, then an
    officer's (its step after the informal one has failed beside it), then the formal procedures and the protection
    of whoever raises a concern (reader rounds 9 and 10 found the Clerk's grievance two clauses away from the Clerk's
    route, a councillor's between them)."""
    from pipeline.render.draft import _step_order

    steps = [clause("9.1", "If the Clerk has a concern about the behaviour of a Councillor, the Clerk should raise it "
                           "with the Chair.", "escalation", side="officer"),
             clause("9.2", "No officer will suffer any detriment for raising a concern in good faith.", "escalation",
                    side="officer"),
             clause("9.3", "A Councillor who has a concern about the Clerk's work should raise it with the Chair of the "
                           "Staffing Committee.", "escalation", side="member"),
             clause("9.4", "If the matter is not resolved informally, the Clerk may raise a formal grievance.",
                    "escalation", side="officer"),
             clause("9.5", "Most difficulties can be sorted out by an early, informal conversation.", "escalation",
                    side="both")]
    assert [c.number for c in sorted(steps, key=_step_order)] == ["9.5", "9.3", "9.1", "9.4", "9.2"]
    # "If the matter is not resolved, ..." is the next step of its route, though it names a disciplinary procedure
    # (reader round 11: it stood after the Code of Conduct route, three clauses from its first step)
    steps += [clause("9.6", "If the matter is not resolved, the Councillor may refer it to the Chief Executive, who may "
                            "take action under the disciplinary procedure.", "escalation", side="member"),
              clause("9.7", "A breach of this Protocol by a Councillor may be referred to the Monitoring Officer as a "
                            "complaint under the Code of Conduct.", "escalation", side="member")]
    assert [c.number for c in sorted(steps, key=_step_order)] == ["9.5", "9.3", "9.6", "9.1", "9.4", "9.7", "9.2"]
    # a side's informal first step stands with its own route, not before the other side's (reader round 42: "If
    # informal resolution fails, the Director may refer ..." stood after a councillor's route, away from the officer's
    # first step it goes on from)
    route = [clause("9.1", "Where an Officer believes a Councillor has breached this Protocol, the Officer should raise "
                           "the matter with their Director, who will try to resolve it informally.", "escalation",
                    side="officer"),
             clause("9.2", "A Councillor who is unhappy with the actions of an officer should first raise it with the "
                           "relevant Head of Service.", "escalation", side="member"),
             clause("9.3", "If informal resolution fails, the Director may refer the matter to the Monitoring Officer.",
                    "escalation", side="officer")]
    assert [c.number for c in sorted(route, key=_step_order)] == ["9.2", "9.1", "9.3"]


def test_a_wording_that_leans_on_its_own_source_gives_way_to_the_next_that_fits():
    """ "The procedure is not intended to deal with complaints from the public" means its source's procedure; a draft
    prints the group's next wording that fits ("Complaints from members of the public ... are not covered here"), or
    none (reader rounds 10 and 11, the 400-document district draft's 1.6)."""
    from pipeline.render.draft import _plan, _Point, options_for

    opts = options_for({"council": "Kesteven District Council", "council_type": "district"})

    def point(text, doc):
        return _Point([{"text": text, "applies_to": ["district", "parish"]}], None, "introduction", doc)

    pts = [point("The procedure is not intended to deal with complaints from the public about officers.", "a"),
           point("Complaints from members of the public are dealt with under the corporate complaints procedure and "
                 "are not covered here.", "b")]
    heads = [p.rows[0] for p in pts]
    assert _plan([0, 1], 0, pts, heads, opts) == (False, {0, 1}, 1)
    assert _plan([0], 0, pts[:1], heads[:1], opts) == (False, {0}, None)



def test_a_group_meetings_rule_is_one_point_whoever_a_clause_names():
    # reader round 30's district draft, rebuilt: 4.3 binds officers, 4.4 was read as binding no one
    above = clause("4.3", "Officers will not attend any part of a group meeting where party business is discussed, and "
                          "will not be asked to advise on matters of party political strategy.", side="officer")
    again = clause("4.4", "Officers attending a group meeting will give factual information and professional advice "
                          "only, and will leave before any discussion of party political matters.", side=None)
    sections = [DraftSection(4, "a", "A", [above, again], [])]
    assert read_points_once(sections) == 1 and sections[0].clauses == [above]


def test_a_clause_of_three_points_that_adds_one_in_much_the_same_words_reads_as_the_clause_above_again():
    # reader round 30's district draft, rebuilt: 4.4 adds "professional advice" to 4.3's group meeting, in its words;
    # the party work point was made first by the Boundaries section
    above = clause("4.3", "Officers will not attend any part of a group meeting where party business is discussed, and "
                          "will not be asked to advise on matters of party political strategy.", side="officer")
    again = clause("4.4", "Officers attending a group meeting will give factual information and professional advice "
                          "only, and will leave before any discussion of party political matters.", side=None)
    party = clause("7.1", "Councillors must not ask officers to help with party political work.", side="member",
                   tag="prohibition")
    sections = [DraftSection(4, "chairs", "A", [above, again], []), DraftSection(7, "boundaries", "B", [party], [])]
    assert read_points_once(sections, order=["boundaries", "chairs"]) == 1 and sections[0].clauses == [above]


def test_an_item_on_working_hours_under_the_out_of_hours_rule_reads_as_that_rule_again():
    # reader round 33's district draft: 7.3 (Boundaries, read first) and 6.1(c)
    rule = clause("7.3", "Officers should not be contacted at home or on a personal mobile phone about Council business, "
                         "except in an emergency.", side="member", tag="prohibition")
    lst = clause("6.1", "Officers can expect Councillors to:", side="member", tag="expectation",
                 items=["Respect their working hours and not expect replies late in the evening or at weekends;",
                        "Give reasonable notice when they need information;", "Not bully, harass or intimidate them."])
    again = clause("6.2", "Councillors should allow officers a reasonable time to answer, and should not expect an "
                          "immediate reply to messages sent in the evening or at weekends.", side="member",
                   tag="expectation")
    sections = [DraftSection(6, "expect", "A", [lst, again], []), DraftSection(7, "boundaries", "B", [rule], [])]
    read_points_once(sections, order=["boundaries", "expect"])
    assert [it.text for it in lst.items] == ["Give reasonable notice when they need information;",
                                             "Not bully, harass or intimidate them."]
    assert sections[0].clauses == [lst]  # (the rebuilt draft's 6.2 said the same point again)


def test_what_officers_do_and_casework_stay_points_for_each_side():
    # adversarial review 39: a councillor's rule about officers' advice or casework says something new beside what
    # officers do
    rule = clause("3.2", "Officers advise councillors and carry out the Council's decisions.", side="officer")
    ask = clause("6.1", "Councillors must not ask officers to delay implementing the Council's decisions.", side="member",
                 tag="prohibition")
    share = clause("6.2", "Councillors must not share casework with other councillors without the resident's consent.",
                   side="member", tag="prohibition")
    may = clause("5.1", "Officers may share casework details with ward councillors where the resident agrees.",
                 side="officer", tag="expectation")
    sections = [DraftSection(3, "a", "A", [rule, may], []), DraftSection(6, "b", "B", [ask, share], [])]
    read_points_once(sections)
    assert sections[0].clauses == [rule, may] and sections[1].clauses == [ask, share]


def test_an_item_that_shares_a_point_with_an_item_above_in_its_list_and_adds_a_rule_stays():
    # (adversarial review 48: every source's "(b) Tell them about press releases affecting their ward" under "(a) Keep
    # them informed ...", dropped, left a list of one, dropped whole, and the draft said nothing of wards)
    ward = clause("5.1", "Ward Members can expect Officers to:", side="officer", items=[
        "Keep them informed of significant matters affecting their ward;",
        "Tell them about press releases affecting their ward before they are issued."])
    sections = [DraftSection(5, "expect_from_officers", "What Councillors can expect", [ward], [])]
    assert read_points_once(sections) == 0 and len(ward.items) == 2


def test_items_of_one_list_that_share_only_a_broad_point_both_stay():
    asks = clause("6.1", "Officers can expect Councillors to:", side="member", items=[
        "Treat them with courtesy and respect, whatever their political group;",
        "Be courteous and never bully or harass them;"])  # (courtesy is a broad point: bullying is new)
    sections = [DraftSection(6, "officers_expect", "What officers can expect", [asks], [])]
    assert read_points_once(sections) == 0
