<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressField</name>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Group, house number</source>
        <translation>组、门牌号</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（选填）</translation>
    </message>
</context>
<context>
    <name>ApprovalQueuePage</name>
    <message>
        <source>Cases waiting for your approval</source>
        <translation>待您审核的申请</translation>
    </message>
    <message>
        <source>Nothing is waiting for you.</source>
        <translation>目前没有待您审核的申请。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>by clerk %1</source>
        <translation>代办员 %1 代办</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>本人自助申请</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message numerus="yes">
        <source>%n photo(s) taken.</source>
        <translation>
            <numerusform>已拍 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please bring the paper document to the service window.</source>
        <translation>请把纸质材料带到服务窗口。</translation>
    </message>
    <message>
        <source>Take a photo of the document, or bring the paper.</source>
        <translation>请给材料拍照，或者带纸质材料来。</translation>
    </message>
    <message>
        <source>This kiosk has no camera: please bring the paper document to the service window.</source>
        <translation>本机没有摄像头：请把纸质材料带到服务窗口。</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Skip: I will bring the paper</source>
        <translation>跳过：我带纸质材料来</translation>
    </message>
</context>
<context>
    <name>CaseLookupPage</name>
    <message>
        <source>Where is my case?</source>
        <translation>查询办理进度</translation>
    </message>
    <message>
        <source>Use your ID card, type your ID number, or scan the QR code on your receipt.</source>
        <translation>请刷身份证、输入身份证号码，或扫描回执上的二维码。</translation>
    </message>
    <message>
        <source>This is not a valid ID number. Please check it and try again.</source>
        <translation>这不是有效的身份证号码，请核对后重新输入。</translation>
    </message>
    <message>
        <source>This receipt code was not issued by this kiosk. Please ask the staff.</source>
        <translation>这张回执不是本机开具的，请咨询工作人员。</translation>
    </message>
    <message>
        <source>This receipt code could not be read. Please scan it again.</source>
        <translation>回执上的二维码无法识别，请重新扫描。</translation>
    </message>
    <message>
        <source>No application with this receipt was found at this kiosk.</source>
        <translation>本机没有找到这张回执对应的申请。</translation>
    </message>
    <message>
        <source>Starting up, one moment please…</source>
        <translation>正在启动，请稍候…</translation>
    </message>
    <message>
        <source>Type your ID number</source>
        <translation>输入身份证号码</translation>
    </message>
    <message>
        <source>Look up my cases</source>
        <translation>查询我的申请</translation>
    </message>
    <message>
        <source>You can type your ID number or scan your receipt instead.</source>
        <translation>您也可以输入身份证号码或扫描回执。</translation>
    </message>
    <message>
        <source>Or scan the QR code on your receipt</source>
        <translation>或扫描回执上的二维码</translation>
    </message>
    <message>
        <source>Hold the receipt's QR code under the scanner. Staff can also type the code printed under it.</source>
        <translation>请把回执上的二维码对准扫码器。工作人员也可以输入二维码下方的查询码。</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>回执查询码</translation>
    </message>
    <message>
        <source>Look up this receipt</source>
        <translation>按回执查询</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera…</source>
        <translation>请把二维码对准摄像头…</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>用摄像头扫码</translation>
    </message>
    <message>
        <source>No applications were found for this ID number at this kiosk.</source>
        <translation>本机没有找到这个身份证号码的申请。</translation>
    </message>
    <message>
        <source>Applications of %1 (ID %2):</source>
        <translation>%1（身份证 %2）的申请：</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>提交日期：%1</translation>
    </message>
    <message>
        <source>Latest message from the county: %1</source>
        <translation>县里的最新答复：%1</translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation>重新查询</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>CaseReviewPage</name>
    <message>
        <source>Case</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Write why you reject it: the clerk reads this note.</source>
        <translation>请写明退回理由：代办员会看到这条说明。</translation>
    </message>
    <message>
        <source>Someone else decided this case a moment ago.</source>
        <translation>这件申请刚刚已由其他人审核。</translation>
    </message>
    <message>
        <source>Case %1 approved.</source>
        <translation>申请 %1 已审核通过。</translation>
    </message>
    <message>
        <source>Case %1 rejected and returned to the clerk.</source>
        <translation>申请 %1 已退回给代办员。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>by clerk %1</source>
        <translation>代办员 %1 代办</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>本人自助申请</translation>
    </message>
    <message>
        <source>Villager's consent</source>
        <translation>村民授权</translation>
    </message>
    <message>
        <source>signature drawn at the kiosk</source>
        <translation>在本机手写签名</translation>
    </message>
    <message>
        <source>ID card read at the kiosk</source>
        <translation>在本机读取身份证</translation>
    </message>
    <message>
        <source>Documents and signatures</source>
        <translation>材料与签名</translation>
    </message>
    <message>
        <source>Villager's consent signature</source>
        <translation>村民授权签名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>ID photo</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Note (required to reject)</source>
        <translation>审核意见（退回时必填）</translation>
    </message>
    <message>
        <source>e.g. the household book page is missing</source>
        <translation>例如：缺少户口本本人页</translation>
    </message>
    <message>
        <source>Reject and return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Services matching “%1”</source>
        <translation>与“%1”相关的事项</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>请选择要办理的事项</translation>
    </message>
    <message>
        <source>Search, e.g. 医疗 or ylbx</source>
        <translation>搜索，例如：医疗 或 ylbx</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No service matches. Try fewer words, or ask the staff at the window.</source>
        <translation>没有找到相关事项。请少输几个字再试，或询问窗口工作人员。</translation>
    </message>
    <message>
        <source>Handled on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <source>About %n working day(s)</source>
        <translation>
            <numerusform>约 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>You may choose more than one.</source>
        <translation>可以选多项。</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>一项也没有选</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>The villager's consent</source>
        <translation>村民授权</translation>
    </message>
    <message>
        <source>The villager has not signed yet.</source>
        <translation>村民还没有签名。</translation>
    </message>
    <message>
        <source>The staff side of the kiosk is not ready yet.</source>
        <translation>本机的工作人员功能尚未就绪。</translation>
    </message>
    <message>
        <source>Villager: sign here with your finger</source>
        <translation>请村民用手指在这里签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sending, please wait…</source>
        <translation>正在提交，请稍候…</translation>
    </message>
    <message>
        <source>Submit with this signature</source>
        <translation>签名确认并提交</translation>
    </message>
    <message>
        <source>%1 is applied for by clerk %2 on behalf of the villager. The villager confirms it with their ID card or by signing below.</source>
        <translation>代办员 %2 代村民申请“%1”。请村民刷本人身份证或在下方签名确认。</translation>
    </message>
    <message>
        <source>Or the villager signs below instead.</source>
        <translation>也可以请村民在下方签名。</translation>
    </message>
    <message>
        <source>The applicant's own ID card was read: that is their consent.</source>
        <translation>已读取申请人本人的身份证，即为本人授权。</translation>
    </message>
    <message>
        <source>This ID card (%1) is not the applicant's. The villager applying must put their own card on the reader.</source>
        <translation>这张身份证（%1）不是申请人的。请申请人把本人的身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>Submit with the ID card</source>
        <translation>以身份证授权并提交</translation>
    </message>
    <message>
        <source>Or sign here:</source>
        <translation>或者在这里签名：</translation>
    </message>
    <message>
        <source>%1 is applied for by clerk %2 on behalf of the villager. No ID card reader is connected to this kiosk, so the villager confirms it by signing below.</source>
        <translation>代办员 %2 代村民申请“%1”。本机未连接读卡器，请村民在下方签名确认。</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, what you entered will be cleared in %n second(s).</source>
        <translation>
            <numerusform>为保护您的隐私，%n 秒后将清除您填写的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Earlier</source>
        <translation>减少</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source> month</source>
        <translation>月</translation>
    </message>
    <message>
        <source> day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>Not chosen yet: press + or − to start from today, or type the year.</source>
        <translation>还没有选择：按 + 或 − 从今天开始调整，也可以直接输入年份。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your application has been submitted</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <source>Your case number</source>
        <translation>您的办件编号</translation>
    </message>
    <message>
        <source>It will be handled on the spot.</source>
        <translation>当场办结。</translation>
    </message>
    <message numerus="yes">
        <source>Promised completion: %1 (%n working day(s)).</source>
        <translation>
            <numerusform>承诺办结时间：%1（%n 个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The village committee will check it first, then it goes to the county.</source>
        <translation>村委会先审核，然后报送县里。</translation>
    </message>
    <message>
        <source>Keep the receipt. With its number or QR code you can see how your case is going here, under “Where is my case?”, or ask at the window.</source>
        <translation>请保管好回执。凭回执上的编号或二维码，可以在本机“查询办理进度”里查看办理情况，也可以到窗口询问。</translation>
    </message>
    <message>
        <source>Keep this number. Staff at the window can print a receipt and tell you how your case is going.</source>
        <translation>请记好这个编号。窗口工作人员可以为您打印回执，并告诉您办理进度。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The villager's application has been submitted</source>
        <translation>村民的申请已提交</translation>
    </message>
    <message>
        <source>The receipt printer is not ready yet.</source>
        <translation>回执打印机尚未就绪。</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>正在打印回执…</translation>
    </message>
    <message>
        <source>Your receipt has been printed. Please take it.</source>
        <translation>回执已打印，请取走。</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1 Your application is saved as No. %2 — please note this number; staff can print the receipt later.</source>
        <translation>回执没有打印出来：%1 您的申请已保存，办件编号 %2，请记下这个编号；工作人员稍后可以补打回执。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（选填）</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>Set up the first supervisor</source>
        <translation>设置第一位管理员</translation>
    </message>
    <message>
        <source>This kiosk has no staff accounts yet. The first account manages all the others.</source>
        <translation>本机还没有工作人员账号。第一个账号是管理员，负责管理其他账号。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>A staff number has letters, digits, dots, dashes or underscores (at most 32).</source>
        <translation>工号只能包含字母、数字、点、短横线或下划线（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>Enter the supervisor's name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>密码为 6 位数字。</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>e.g. zhang01</source>
        <translation>例如 zhang01</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>密码（6 位数字）</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>This kiosk has a supervisor already: ask them to add your account.</source>
        <translation>本机已经有管理员了：请让管理员为您添加账号。</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Welcome back: your answers were saved, continue where you stopped.</source>
        <translation>欢迎回来：您填写的内容已保存，请从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>‹ Back to the service</source>
        <translation>‹ 返回事项说明</translation>
    </message>
    <message>
        <source>‹ Previous step</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Check my answers ›</source>
        <translation>核对填写内容 ›</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>下一步 ›</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What would you like to apply for?</source>
        <translation>您要办理什么事？</translation>
    </message>
    <message>
        <source>Touch a group of services, or search by name.</source>
        <translation>请点击一类事项，或按名称搜索。</translation>
    </message>
    <message>
        <source>Search, e.g. 医疗 or ylbx</source>
        <translation>搜索，例如：医疗 或 ylbx</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Where is my case? Check the progress of an application</source>
        <translation>查询办理进度（我的申请办到哪一步了？）</translation>
    </message>
</context>
<context>
    <name>IdCardPanel</name>
    <message>
        <source>You can type your details below instead.</source>
        <translation>您也可以在下面手工填写。</translation>
    </message>
    <message>
        <source>This is not a resident ID card (居民身份证); this kiosk cannot read it.</source>
        <translation>这张证件不是居民身份证，本机无法读取。</translation>
    </message>
    <message>
        <source>This ID card expired on %1. Please renew it at the police station.</source>
        <translation>这张身份证已于 %1 过期，请到派出所换领。</translation>
    </message>
    <message>
        <source>The ID number on this card does not pass its check digit: the card may be damaged.</source>
        <translation>这张身份证上的号码校验位不正确，证件可能已损坏。</translation>
    </message>
    <message>
        <source>The birth date or sex on this card does not match its ID number.</source>
        <translation>这张身份证上的出生日期或性别与身份证号码不一致。</translation>
    </message>
    <message>
        <source>The ID card reader is not working right now. Please tell the staff.</source>
        <translation>身份证读卡器暂时无法使用，请告诉工作人员。</translation>
    </message>
    <message>
        <source>The card could not be read (%1). Put it on the reader again and keep it still.</source>
        <translation>没能读取身份证（%1）。请重新放好，不要移动。</translation>
    </message>
    <message>
        <source>ID card read</source>
        <translation>已读取身份证</translation>
    </message>
    <message>
        <source>Place your ID card on the reader</source>
        <translation>请刷身份证</translation>
    </message>
    <message>
        <source>Reading the card. Keep it on the reader.</source>
        <translation>正在读卡，请不要移开身份证。</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader until it has been read.</source>
        <translation>请把身份证平放在读卡器上，读完后再拿开。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Not your card? Use another card, or type instead</source>
        <translation>不是本人的证件？换一张卡，或手工填写</translation>
    </message>
</context>
<context>
    <name>IdKeypad</name>
    <message>
        <source>18 digits or X</source>
        <translation>18 位数字或 X</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>Convenience Service Center</source>
        <translation>便民服务中心</translation>
    </message>
    <message>
        <source>Apply for government services here, close to home.</source>
        <translation>在家门口办理政务服务。</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>办公时间：%1</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>点这里开始办事</translation>
    </message>
    <message>
        <source>Run at most once</source>
        <translation>最多跑一次</translation>
    </message>
    <message>
        <source>One visit is enough for:</source>
        <translation>以下事项只需跑一次：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Convenience service kiosk</source>
        <translation>便民服务自助终端</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll, then print again.</source>
        <translation>打印机缺纸。请装入新纸卷后重新打印。</translation>
    </message>
    <message>
        <source>The printer's cover is open. Close it, then print again.</source>
        <translation>打印机纸仓盖未合上。请合上后重新打印。</translation>
    </message>
    <message>
        <source>The printer is offline. Check its power and lights, then print again.</source>
        <translation>打印机处于离线状态。请检查电源和指示灯后重新打印。</translation>
    </message>
    <message>
        <source>The printer reports a fault (paper jam or overheating). Clear it, then print again.</source>
        <translation>打印机故障（卡纸或过热）。请排除后重新打印。</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Check that it is on and connected, then print again.</source>
        <translation>无法连接打印机。请检查打印机是否开机、连接是否正常，然后重新打印。</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this kiosk.</source>
        <translation>本机没有设置回执打印机。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Try again, or ask a technician.</source>
        <translation>回执未能打印。请重试，或联系技术人员。</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message numerus="yes">
        <source>No touch for a while: you will be logged out in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>一段时间没有操作：%n 秒后将自动退出登录。触摸屏幕可继续使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Please call the technician.</source>
        <translation>保存没有成功：磁盘已满。请联系技术员。</translation>
    </message>
    <message>
        <source>Not saved: the kiosk could not write to its disk (it may be full or failing). Please call the technician.</source>
        <translation>保存没有成功：本机无法写入磁盘（可能已满或出了故障）。请联系技术员。</translation>
    </message>
    <message>
        <source>Not saved: the kiosk cannot write its data at the moment. Please call the technician.</source>
        <translation>保存没有成功：本机现在无法写入数据。请联系技术员。</translation>
    </message>
    <message>
        <source>Not saved: the kiosk's database is busy. Wait a minute, then try again.</source>
        <translation>保存没有成功：本机数据库正忙。请等一分钟后再试。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case a moment ago. Look at the list again before you try once more.</source>
        <translation>保存没有成功：刚才有人改动了这个案件。请先看一下最新的列表，再试一次。</translation>
    </message>
    <message>
        <source>Not saved. Please try again; if it fails again, call the technician.</source>
        <translation>保存没有成功。请再试一次；如果还不行，请联系技术员。</translation>
    </message>
</context>
<context>
    <name>MultilineField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>已输入 %1 字，最多 %2 字</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RefusedCasesPage</name>
    <message>
        <source>Cases the county refused</source>
        <translation>县里退回的申请</translation>
    </message>
    <message>
        <source>The county has refused no case.</source>
        <translation>县里没有退回任何申请。</translation>
    </message>
    <message>
        <source>The county said: “%1”</source>
        <translation>县里的意见：“%1”</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Case %1 is on its way again.</source>
        <translation>申请 %1 已重新提交。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>RepeatGroupField</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translation>还没有添加。</translation>
    </message>
    <message>
        <source>+ Add %1</source>
        <translation>+ 添加%1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>一项</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>补打回执</translation>
    </message>
    <message>
        <source>Type the case number, e.g. 3F2B-91AC.</source>
        <translation>请输入受理编号，例如 3F2B-91AC。</translation>
    </message>
    <message>
        <source>No case with this number on this kiosk.</source>
        <translation>本机没有这个编号的申请。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>The receipt was printed.</source>
        <translation>回执已打印。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>补打回执</translation>
    </message>
</context>
<context>
    <name>ReturnedCasesPage</name>
    <message>
        <source>Cases returned to you</source>
        <translation>退回给您的申请</translation>
    </message>
    <message>
        <source>No case has been returned.</source>
        <translation>没有被退回的申请。</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: “%3”</source>
        <translation>%1 于 %2 退回：“%3”</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Case %1 is back in the approval queue.</source>
        <translation>申请 %1 已重新进入审核队列。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Please check your answers</source>
        <translation>请核对您填写的内容</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>有些内容需要修改。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Sending, please wait…</source>
        <translation>正在提交，请稍候……</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Next: the villager's consent</source>
        <translation>下一步：村民授权</translation>
    </message>
</context>
<context>
    <name>SaveProblemText</name>
    <message>
        <source>Details for the technician: %1</source>
        <translation>技术细节（供技术人员参考）：%1</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>How long it takes</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Handled on the spot, while you wait.</source>
        <translation>当场办结，请稍候。</translation>
    </message>
    <message numerus="yes">
        <source>About %n working day(s) after you apply.</source>
        <translation>
            <numerusform>申请后约 %n 个工作日办结。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>需要带的材料</translation>
    </message>
    <message>
        <source>Who checks it</source>
        <translation>审核流程</translation>
    </message>
    <message>
        <source>Start the application</source>
        <translation>开始申请</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signed. Sign again to replace it.</source>
        <translation>已签名。重新签名会替换原来的签名。</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>请用手指在这里签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Signature kept</source>
        <translation>签名已保存</translation>
    </message>
    <message>
        <source>Use this signature</source>
        <translation>使用这个签名</translation>
    </message>
    <message>
        <source>✓ Signature saved</source>
        <translation>✓ 签名已保存</translation>
    </message>
</context>
<context>
    <name>StaffEditPage</name>
    <message>
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>Approval steps of %1</source>
        <translation>%1 的审核环节</translation>
    </message>
    <message>
        <source>A staff member with this number already exists.</source>
        <translation>这个工号已经存在。</translation>
    </message>
    <message>
        <source>A staff number has letters, digits, dots, dashes or underscores (at most 32).</source>
        <translation>工号只能包含字母、数字、点、短横线或下划线（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>Enter the staff member's name.</source>
        <translation>请输入工作人员姓名。</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>密码为 6 位数字。</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>The new PIN of %1 is set.</source>
        <translation>%1 的新密码已设置。</translation>
    </message>
    <message>
        <source>The approval steps of %1 are saved.</source>
        <translation>%1 的审核环节已保存。</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>密码（6 位数字）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Approval steps: none chosen, so every step</source>
        <translation>审核环节：未选择，即可审核全部环节</translation>
    </message>
    <message>
        <source>Approval steps: only those chosen</source>
        <translation>审核环节：只审核已选的环节</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as %1 (%2). You are logged out after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>当前身份：%1（%2）。%n 分钟无操作将自动退出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases to approve</source>
        <translation>待审核的申请</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 件待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply for a villager</source>
        <translation>代村民申请</translation>
    </message>
    <message>
        <source>Returned cases</source>
        <translation>被退回的申请</translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <translation>
            <numerusform>%n 件被退回</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases the county refused</source>
        <translation>县里退回的申请</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>补打回执</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sending to the county</source>
        <translation>报送县里进度</translation>
    </message>
    <message>
        <source>Technicians see how sending to the county goes here, and configure and check the kiosk with the bianmin command; no personal data is shown to this role.</source>
        <translation>技术员可在这里查看报送县里的进度，并通过 bianmin 命令配置和检查本机；此角色不显示任何个人信息。</translation>
    </message>
</context>
<context>
    <name>StaffLoginPage</name>
    <message>
        <source>Staff login</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Enter your staff number and your 6-digit PIN.</source>
        <translation>请输入工号和 6 位数字密码。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. After %n more wrong PIN(s) the account is locked.</source>
        <translation>
            <numerusform>密码错误。再输错 %n 次，账号将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong PINs. Try again in %n minute(s), or ask a supervisor to reset the PIN.</source>
        <translation>
            <numerusform>密码错误次数过多，账号已锁定。请 %n 分钟后再试，或请管理员重置密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs. Ask a supervisor to reset the PIN.</source>
        <translation>密码错误次数过多，账号已锁定。请管理员重置密码。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a supervisor.</source>
        <translation>这个账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>There is no staff account with this number.</source>
        <translation>没有这个工号的账号。</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>密码为 6 位数字。</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核对密码…</translation>
    </message>
</context>
<context>
    <name>StaffManagePage</name>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Approval steps: %1</source>
        <translation>审核环节：%1</translation>
    </message>
    <message>
        <source>May decide every approval step</source>
        <translation>可审核全部环节</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation>审核环节</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Check your answers</source>
        <translation>核对填写内容</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>SyncQueuePage</name>
    <message>
        <source>Sending applications to the county</source>
        <translation>申请上报县平台</translation>
    </message>
    <message>
        <source>Waiting for local approval</source>
        <translation>等待本地审批</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待上报</translation>
    </message>
    <message>
        <source>Sent, not yet received</source>
        <translation>已发送，县里尚未签收</translation>
    </message>
    <message>
        <source>Received by the county</source>
        <translation>县里已签收</translation>
    </message>
    <message>
        <source>Being reviewed by the county</source>
        <translation>县里审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Needs more documents</source>
        <translation>需补充材料</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Refused by the county</source>
        <translation>县平台拒收</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting up, one moment please…</source>
        <translation>正在启动，请稍候…</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>正在上报…</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>所有申请都已上报。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent.</source>
        <translation>
            <numerusform>有 %n 份申请等待上报。</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest has been waiting for %1.</source>
        <translation>最早的一份已等待 %1。</translation>
    </message>
    <message>
        <source>The county has not been reached from this kiosk yet.</source>
        <translation>本机还没有连上过县平台。</translation>
    </message>
    <message>
        <source>Last successful contact with the county: %1</source>
        <translation>上次成功连接县平台：%1</translation>
    </message>
    <message>
        <source>The last attempt did not get through. Applications stay safely on this kiosk and are sent automatically when the county can be reached. If this lasts more than a day, check the network cable or call the county's technician.</source>
        <translation>上次上报没有成功。申请都安全地保存在本机，能连上县平台时会自动上报。如果超过一天仍未恢复，请检查网线或联系县里的技术人员。</translation>
    </message>
    <message>
        <source>Details for the technician: %1</source>
        <translation>技术细节（供技术人员参考）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the county: %n application(s) need you</source>
        <translation>
            <numerusform>县平台拒收：有 %n 份申请需要您处理</numerusform>
        </translation>
    </message>
    <message>
        <source>The county has not refused any application.</source>
        <translation>县平台没有拒收任何申请。</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>编号 %1 · %2</translation>
    </message>
    <message>
        <source>The county said: %1</source>
        <translation>县平台的说明：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <source>Applications on this kiosk</source>
        <translation>本机的申请</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即上报</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The services on offer come from service list version %1.</source>
        <translation>目前提供的服务来自第 %1 版服务目录。</translation>
    </message>
    <message>
        <source>The county sent a new service list that this kiosk cannot use, so the kiosk keeps offering the services it has. Ask the county's technician to send a corrected list.</source>
        <translation>县平台发来的新服务目录本机无法使用，本机继续提供原有的服务。请联系县里的技术人员重新发送正确的目录。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>A+ Large</source>
        <translation>A+ 大字</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>bianmin::CaseDesk</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>a case number has eight letters and digits, like 3F2B-91AC</source>
        <translation>受理编号由 8 位字母和数字组成，例如 3F2B-91AC</translation>
    </message>
    <message>
        <source>no case with the number %1 on this kiosk</source>
        <translation>本机没有编号为 %1 的申请</translation>
    </message>
</context>
<context>
    <name>bianmin::Catalogue</name>
    <message>
        <source>%1: service "%2", field "%3": %4</source>
        <translation>%1：服务 "%2"，字段 "%3"：%4</translation>
    </message>
    <message>
        <source>%1: service "%2": %3</source>
        <translation>%1：服务 "%2"：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has an unknown member "%2"</source>
        <translation>%1含有未知的成员 "%2"</translation>
    </message>
    <message>
        <source>%1 is missing (needs "zh" and "en")</source>
        <translation>缺少%1（需要 "zh" 和 "en"）</translation>
    </message>
    <message>
        <source>%1 must be an object {"zh": ..., "en": ...}</source>
        <translation>%1必须是对象 {"zh": ..., "en": ...}</translation>
    </message>
    <message>
        <source>%1 needs both "zh" and "en" texts</source>
        <translation>%1需要 "zh" 和 "en" 两种文字</translation>
    </message>
    <message>
        <source>"%1" must be a number</source>
        <translation>"%1" 必须是数字</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3</source>
        <translation>"%1" 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>"%1" must be true or false</source>
        <translation>"%1" 必须是 true 或 false</translation>
    </message>
    <message>
        <source>"%1" must be an object {"field": ..., "equals": ...}</source>
        <translation>"%1" 必须是对象 {"field": ..., "equals": ...}</translation>
    </message>
    <message>
        <source>"%1" needs a "field"</source>
        <translation>"%1" 需要 "field"</translation>
    </message>
    <message>
        <source>"%1" needs "field" and exactly one of equals, not_equals, in, filled, empty, contains, gt, gte, lt, lte</source>
        <translation>"%1" 需要 "field"，以及 equals、not_equals、in、filled、empty、contains、gt、gte、lt、lte 中的恰好一个</translation>
    </message>
    <message>
        <source>"%1": "in" needs an array</source>
        <translation>"%1"："in" 需要数组</translation>
    </message>
    <message>
        <source>"%1": a comparison needs a number or a date</source>
        <translation>"%1"：比较需要数字或日期</translation>
    </message>
    <message>
        <source>a field must be an object</source>
        <translation>字段必须是对象</translation>
    </message>
    <message>
        <source>the field id must be lowercase letters, digits and _ (got "%1")</source>
        <translation>字段 id 只能由小写字母、数字和 _ 组成（现为 "%1"）</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>unknown field type "%1"</source>
        <translation>未知的字段类型 "%1"</translation>
    </message>
    <message>
        <source>"%1" does not apply to a %2 field</source>
        <translation>"%1" 不适用于 %2 类型的字段</translation>
    </message>
    <message>
        <source>"min" is greater than "max"</source>
        <translation>"min" 大于 "max"</translation>
    </message>
    <message>
        <source>"min_length" is greater than "max_length"</source>
        <translation>"min_length" 大于 "max_length"</translation>
    </message>
    <message>
        <source>"pattern" is not a valid regular expression: %1</source>
        <translation>"pattern" 不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>"%1" must be a date yyyy-MM-dd</source>
        <translation>"%1" 必须是 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>a choice needs "options"</source>
        <translation>选择题需要 "options"</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>every option needs a unique non-empty "value" ("%1")</source>
        <translation>每个选项都需要唯一且非空的 "value"（"%1"）</translation>
    </message>
    <message>
        <source>the label of option "%1"</source>
        <translation>选项 "%1" 的标签</translation>
    </message>
    <message>
        <source>"min_items" is greater than "max_items"</source>
        <translation>"min_items" 大于 "max_items"</translation>
    </message>
    <message>
        <source>a repeat group cannot hold another repeat group</source>
        <translation>重复组内不能再包含重复组</translation>
    </message>
    <message>
        <source>a repeat group needs "fields"</source>
        <translation>重复组需要 "fields"</translation>
    </message>
    <message>
        <source>the id is used twice in the group</source>
        <translation>该 id 在组内重复使用</translation>
    </message>
    <message>
        <source>unknown address level "%1" (province, city, county, town, village)</source>
        <translation>未知的地址级别 "%1"（province、city、county、town、village）</translation>
    </message>
    <message>
        <source>"kind" must be "document" or "id_photo"</source>
        <translation>"kind" 必须是 "document" 或 "id_photo"</translation>
    </message>
    <message>
        <source>a condition cannot depend on the field itself</source>
        <translation>条件不能依赖字段自身</translation>
    </message>
    <message>
        <source>the condition refers to "%1", which is not a field of this form</source>
        <translation>条件引用了 "%1"，但它不是本表单的字段</translation>
    </message>
    <message>
        <source>the condition compares "%1" with "%2", which is not one of its options</source>
        <translation>条件将 "%1" 与 "%2" 比较，但 "%2" 不是它的选项</translation>
    </message>
    <message>
        <source>"birth_date_field" must name a date field ("%1")</source>
        <translation>"birth_date_field" 必须指向日期字段（"%1"）</translation>
    </message>
    <message>
        <source>"sex_field" must name a single choice with options "male" and "female" ("%1")</source>
        <translation>"sex_field" 必须指向带有 "male" 和 "female" 选项的单选字段（"%1"）</translation>
    </message>
    <message>
        <source>check "%1"</source>
        <translation>校验 "%1"</translation>
    </message>
    <message>
        <source>a check needs an "id" of lowercase letters, digits and _</source>
        <translation>校验需要由小写字母、数字和 _ 组成的 "id"</translation>
    </message>
    <message>
        <source>check "%1" refers to a field that is not in the form ("%2", "%3")</source>
        <translation>校验 "%1" 引用了表单中没有的字段（"%2"、"%3"）</translation>
    </message>
    <message>
        <source>the message of check "%1"</source>
        <translation>校验 "%1" 的提示文字</translation>
    </message>
    <message>
        <source>check "%1": unknown op "%2"</source>
        <translation>校验 "%1"：未知的运算符 "%2"</translation>
    </message>
    <message>
        <source>check "%1" compares fields that are not both dates or both numbers</source>
        <translation>校验 "%1" 比较的两个字段不同为日期或数字</translation>
    </message>
    <message>
        <source>check "%1": count_equals needs a repeat group and a number field</source>
        <translation>校验 "%1"：count_equals 需要一个重复组和一个数字字段</translation>
    </message>
    <message>
        <source>check "%1": unknown type "%2" (compare, count_equals)</source>
        <translation>校验 "%1"：未知的类型 "%2"（compare、count_equals）</translation>
    </message>
    <message>
        <source>a service needs an "id" of lowercase letters, digits and _</source>
        <translation>服务需要由小写字母、数字和 _ 组成的 "id"</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>unknown category "%1"</source>
        <translation>未知的分类 "%1"</translation>
    </message>
    <message>
        <source>a material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>"promised_days" (working days) is missing</source>
        <translation>缺少 "promised_days"（承诺工作日）</translation>
    </message>
    <message>
        <source>unknown tag "%1" (%2)</source>
        <translation>未知的标签 "%1"（%2）</translation>
    </message>
    <message>
        <source>an approval step</source>
        <translation>审批环节</translation>
    </message>
    <message>
        <source>every approval step needs a unique "id" ("%1")</source>
        <translation>每个审批环节都需要唯一的 "id"（"%1"）</translation>
    </message>
    <message>
        <source>approval step "%1" needs a "role"</source>
        <translation>审批环节 "%1" 需要 "role"</translation>
    </message>
    <message>
        <source>the name of approval step "%1"</source>
        <translation>审批环节 "%1" 的名称</translation>
    </message>
    <message>
        <source>the service has no "form"</source>
        <translation>该服务没有 "form"</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>the form needs a "version"</source>
        <translation>表单需要 "version"</translation>
    </message>
    <message>
        <source>the form needs at least one step</source>
        <translation>表单至少需要一个步骤</translation>
    </message>
    <message>
        <source>step "%1"</source>
        <translation>步骤 "%1"</translation>
    </message>
    <message>
        <source>every step needs a unique "id" ("%1")</source>
        <translation>每个步骤都需要唯一的 "id"（"%1"）</translation>
    </message>
    <message>
        <source>the title of step "%1"</source>
        <translation>步骤 "%1" 的标题</translation>
    </message>
    <message>
        <source>step "%1" has no fields</source>
        <translation>步骤 "%1" 没有字段</translation>
    </message>
    <message>
        <source>the field id is used twice in the form</source>
        <translation>该字段 id 在表单中重复使用</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1：不是 JSON 对象（第 %3 字节处：%2）</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>an announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>unknown catalogue "format" (this kiosk reads format 1)</source>
        <translation>未知的目录 "format"（本终端只能读取 format 1）</translation>
    </message>
    <message>
        <source>the catalogue needs a "version" number</source>
        <translation>服务目录需要 "version" 版本号</translation>
    </message>
    <message>
        <source>every category needs a unique "id" ("%1")</source>
        <translation>每个分类都需要唯一的 "id"（"%1"）</translation>
    </message>
    <message>
        <source>the name of category "%1"</source>
        <translation>分类 "%1" 的名称</translation>
    </message>
    <message>
        <source>the catalogue has no "services"</source>
        <translation>服务目录中没有 "services"</translation>
    </message>
    <message>
        <source>service "%1" must be inline in a single-document catalogue</source>
        <translation>单文件目录中的服务 "%1" 必须直接写在目录内</translation>
    </message>
    <message>
        <source>a service must be an object or a file name</source>
        <translation>服务必须是对象或文件名</translation>
    </message>
    <message>
        <source>the service id is used twice in the catalogue</source>
        <translation>该服务 id 在目录中重复使用</translation>
    </message>
    <message>
        <source>county catalogue</source>
        <translation>县级服务目录</translation>
    </message>
    <message>
        <source>county catalogue version %1</source>
        <translation>县级服务目录第 %1 版</translation>
    </message>
    <message>
        <source>the form differs from the installed one but keeps version %1; give the changed form a new version</source>
        <translation>表单与已安装的不同，但版本号仍为 %1；修改后的表单需要新的版本号</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1：无法创建目录</translation>
    </message>
</context>
<context>
    <name>bianmin::KioskApp</name>
    <message>
        <source>A clerk must be logged in to submit for a villager.</source>
        <translation>代村民申请须先由代办员登录。</translation>
    </message>
</context>
<context>
    <name>bianmin::KioskSession</name>
    <message>
        <source>The application could not be read (%1). Please ask the staff for help.</source>
        <translation>申请内容无法读取（%1）。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>The kiosk cannot store applications right now. Please ask the staff for help.</source>
        <translation>本机暂时无法保存申请。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>The application could not be saved: %1. Please ask the staff for help.</source>
        <translation>申请没有保存成功：%1。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>The staff side of the kiosk is not ready yet.</source>
        <translation>本机的工作人员功能尚未就绪。</translation>
    </message>
    <message>
        <source>The application was not saved: %1</source>
        <translation>申请未保存：%1</translation>
    </message>
</context>
<context>
    <name>bianmin::SyncStatus</name>
    <message>
        <source>The county already holds a different version of this case. Do not submit it again; call the county service desk with the case number.</source>
        <translation>县平台已有这份申请的另一个版本。请不要重复提交，请带上申请编号联系县服务台。</translation>
    </message>
    <message>
        <source>The county could not accept this case. Correct what the county's message names and submit a new application with the applicant.</source>
        <translation>县平台无法接收这份申请。请按县平台说明的问题改正，并和申请人一起重新提交一份申请。</translation>
    </message>
</context>
</TS>
