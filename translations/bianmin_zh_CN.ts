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
    <name>AttachmentField</name>
    <message numerus="yes">
        <source>%n photo(s) taken.</source>
        <translation><numerusform>已拍 %n 张照片。</numerusform></translation>
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
        <translation><numerusform>约 %n 个工作日</numerusform></translation>
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
    <name>CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, what you entered will be cleared in %n second(s).</source>
        <translation><numerusform>为保护您的隐私，%n 秒后将清除您填写的内容。</numerusform></translation>
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
        <translation><numerusform>承诺办结时间：%1（%n 个工作日）。</numerusform></translation>
    </message>
    <message>
        <source>The village committee will check it first, then it goes to the county.</source>
        <translation>村委会先审核，然后报送县里。</translation>
    </message>
    <message>
        <source>Keep this number. Staff at the window can print a receipt and tell you how your case is going.</source>
        <translation>请记好这个编号。窗口工作人员可以为您打印回执，并告诉您办理进度。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
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
        <translation><numerusform>%n 项</numerusform></translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部事项</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Convenience service kiosk</source>
        <translation>便民服务自助终端</translation>
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
        <translation><numerusform>申请后约 %n 个工作日办结。</numerusform></translation>
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
</context>
</TS>